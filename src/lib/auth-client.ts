import { oauthProviderClient } from "@better-auth/oauth-provider/client";
import { inferAdditionalFields, magicLinkClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
// Types only (erased at build): the client learns the server's extra user fields (timeZone).
import type { auth } from "@/server/auth/auth";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * A server failure (5xx) answered to the auth client: its body gets the response's x-request-id as
 * `requestId`. Better Auth builds the error it returns from the body (plus status), so every form's
 * `error` carries the reference describeAuthError() shows, with no form having to read headers.
 */
export async function withRequestIdInBody(response: Response): Promise<Response | undefined> {
  const requestId = response.headers.get(REQUEST_ID_HEADER);
  if (response.status < 500 || !requestId) return undefined;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an HTML error page): the client would have made nothing of it either.
  }
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(JSON.stringify({ ...fields, requestId }), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * Same origin as the app, so no baseURL: the client calls /api/auth. oauthProviderClient: on the pages
 * the OAuth server sends a user to (sign-in, consent), requests carry the signed authorization request.
 */
export const authClient = createAuthClient({
  plugins: [inferAdditionalFields<typeof auth>(), twoFactorClient(), magicLinkClient(), oauthProviderClient()],
  fetchOptions: { onResponse: ({ response }) => withRequestIdInBody(response) },
});
