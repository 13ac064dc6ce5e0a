import type { Metadata } from "next";
import { TextLink } from "../../_components/text-link";

export const metadata: Metadata = { title: "The app's request failed" };

/** What each OAuth error means for the person who followed the app's link (RFC 6749 §4.1.2.1, OIDC prompts). */
const EXPLANATIONS: Record<string, string> = {
  invalid_scope: "The app asked for access that Tasklane does not offer.",
  invalid_request: "The app's request was incomplete or malformed.",
  invalid_redirect: "The app asked to return to an address it did not register.",
  invalid_client: "Tasklane does not know this app.",
  unauthorized_client: "This app may not ask for access this way.",
  unsupported_response_type: "The app asked for something Tasklane does not hand out.",
  login_required: "The app needs you to sign in to Tasklane first.",
  consent_required: "The app needs you to allow it first, from the app itself.",
  access_denied: "Access was not allowed.",
};

/**
 * Where a failed authorization lands when the app is not one the user has allowed: showing the error here
 * instead of sending the browser to the app's address keeps Tasklane links from bouncing visitors to
 * any site (see src/server/auth/oauth-error-redirect.ts).
 */
export default async function OAuthErrorPage({ searchParams }: PageProps<"/oauth/error">) {
  const { error } = await searchParams;
  // Only the codes we know, in our words: the query is anyone's to write, so its text is never shown.
  const code = typeof error === "string" && Object.hasOwn(EXPLANATIONS, error) ? error : null;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">The app's request failed</h1>
        <p className="text-sm text-muted">
          {code ? EXPLANATIONS[code] : "The app's request could not be completed."} Nothing was shared with it. Go back
          to the app and try connecting again; if this keeps happening, tell its makers the error below.
        </p>
      </div>
      <p className="text-sm">
        Error: <code>{code ?? "unknown"}</code>
      </p>
      <p className="text-sm">
        <TextLink href="/">Go to Tasklane</TextLink>
      </p>
    </div>
  );
}
