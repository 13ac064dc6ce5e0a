import { withReference } from "./error-reference";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./schemas/auth";

// Better Auth client failures, in words a person can act on: one place for every auth form.

/** What Better Auth's client returns when a call fails. */
export interface AuthClientError {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
  /** On a server failure (5xx): the response's x-request-id (auth-client.ts puts it in the body). */
  requestId?: string | undefined;
}

const SAYS_WHEN_TO_RETRY = new Set(["TOO_MANY_SIGN_IN_ATTEMPTS", "TOO_MANY_EMAILS"]);

/** A sentence a person can act on, for failures that are not about one field. */
export function describeAuthError(error: AuthClientError): string {
  if (error.code === "ACCOUNT_TEMPORARILY_LOCKED") return "Too many wrong codes. Try again in 15 minutes.";
  if (isExpiredChallenge(error)) return "This sign-in attempt has expired. Sign in again.";
  // The server's own limits per account and per address say how long to wait.
  if (error.status === 429 && error.message && SAYS_WHEN_TO_RETRY.has(error.code ?? "")) return error.message;
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  if (error.code === "INVALID_EMAIL_OR_PASSWORD") return "Wrong email or password.";
  if (error.code === "EMAIL_NOT_VERIFIED") return "Verify your email first: we sent you a new link.";
  if (error.code === "INVALID_TOKEN") return "This link is invalid, expired or already used. Ask for a new one.";
  if (error.status >= 500) return withReference("Something went wrong on our side. Please try again.", error);
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

/** Words for a refused code, to show on the code field; null when the failure is not about the code. */
export function codeErrorMessage(error: AuthClientError): string | null {
  switch (error.code) {
    case "INVALID_CODE":
      return "That code is not right. Enter the code your authenticator app shows now.";
    case "TOTP_CODE_ALREADY_USED":
      return "This code was already used. Wait for the next code in your authenticator app.";
    case "INVALID_BACKUP_CODE":
      return "That backup code is not right, or it was already used.";
    default:
      return null;
  }
}

/** Words for a refused password, to show on the password field; null otherwise. */
export function passwordErrorMessage(error: AuthClientError): string | null {
  return error.code === "INVALID_PASSWORD" ? "That password is not right." : null;
}

/** Words for a refused new password (Better Auth checks the same bounds as our schema). */
export function newPasswordErrorMessage(error: AuthClientError): string | null {
  if (error.code === "PASSWORD_TOO_SHORT") return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (error.code === "PASSWORD_TOO_LONG") return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  return null;
}
