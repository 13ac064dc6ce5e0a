import { oauthProviderClient } from "@better-auth/oauth-provider/client";
import { inferAdditionalFields, magicLinkClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
// Types only (erased at build): the client learns the server's extra user fields (timeZone).
import type { auth } from "@/server/auth/auth";

/**
 * Same origin as the app, so no baseURL: the client calls /api/auth. oauthProviderClient: on the pages
 * the OAuth server sends a user to (sign-in, consent), requests carry the signed authorization request.
 */
export const authClient = createAuthClient({
  plugins: [inferAdditionalFields<typeof auth>(), twoFactorClient(), magicLinkClient(), oauthProviderClient()],
});
