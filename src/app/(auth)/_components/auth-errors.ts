/** What Better Auth's client returns when a call fails. */
export interface AuthClientError {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

/** A sentence a person can act on, for failures that are not about one field. */
export function describeAuthError(error: AuthClientError): string {
  if (error.code === "ACCOUNT_TEMPORARILY_LOCKED") return "Too many wrong codes. Try again in 15 minutes.";
  if (isExpiredChallenge(error)) return "This sign-in attempt has expired. Sign in again.";
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  if (error.code === "INVALID_EMAIL_OR_PASSWORD") return "Wrong email or password.";
  if (error.code === "EMAIL_NOT_VERIFIED") return "Verify your email first: we sent you a new link.";
  if (error.code === "INVALID_TOKEN") return "This link is invalid, expired or already used. Ask for a new one.";
  if (error.status >= 500) return "Something went wrong on our side. Please try again.";
  return error.message ?? "That did not work. Please try again.";
}

// Better Auth sends the browser back from a provider with `?error=<code>`. Only known codes get their
// own words: the query string is anyone's to write, so its text is never shown as is.
const OAUTH_ERRORS: Record<string, string> = {
  account_not_linked:
    "An account with this email already exists. Sign in with your password (and verify your email), then try again.",
  email_not_verified: "The provider has not verified this email address. Sign in another way.",
  email_does_not_match: "The provider's email does not match this account.",
  "email_doesn't_match": "The provider's email does not match this account.",
  email_not_found: "The provider did not share an email address. Allow access to your email, or sign in another way.",
  access_denied: "Sign-in was cancelled at the provider.",
  signup_disabled: "No account uses this sign-in yet.",
};

/** The message for an OAuth callback's `?error=` code (null when there is none). */
export function describeOAuthError(code: string | null | undefined): string | null {
  if (!code) return null;
  return OAUTH_ERRORS[code] ?? "Signing in with that provider did not work. Please try again.";
}

/** The two-factor step of a sign-in is gone (10 minutes passed, or too many tries): start over. */
export function isExpiredChallenge(error: AuthClientError): boolean {
  return error.code === "INVALID_TWO_FACTOR_COOKIE" || error.code === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE";
}

const PLACEHOLDER_ORIGIN = "http://tasklane.invalid";

/**
 * Only paths on this site: `?next=` must never send someone elsewhere. Parsed
 * as the browser will parse it (which drops tabs and newlines and reads
 * backslashes as slashes), then kept only if it stays on our origin.
 */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith("/")) return "/";
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
