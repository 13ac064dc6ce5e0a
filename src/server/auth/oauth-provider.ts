import "server-only";
import { oauthProvider } from "@better-auth/oauth-provider";
import { mcpResource } from "@/server/mcp/resource";
import { ALL_SCOPES } from "@/server/mcp/scopes";

/** What an MCP client may ask for: the tools' scopes, and a refresh token (offline_access). */
export const OAUTH_SCOPES = [...ALL_SCOPES, "offline_access"];

/**
 * The OAuth 2.1 authorization server MCP clients use (issue #8): open dynamic registration for public
 * clients (PKCE S256 required), access tokens only for the MCP resource (a JWT with that audience),
 * signed by the jwt plugin's keys. Sign-in is our own page; consent is /oauth/consent.
 */
export const oauthProviderPlugin = oauthProvider({
  loginPage: "/sign-in",
  consentPage: "/oauth/consent",
  scopes: OAUTH_SCOPES,
  resources: [{ identifier: mcpResource, name: "Tasklane MCP", allowedScopes: [...ALL_SCOPES, "offline_access"] }],
  clientRegistrationDefaultResources: [mcpResource],
  allowDynamicClientRegistration: true,
  allowUnauthenticatedClientRegistration: true,
  grantTypes: ["authorization_code", "refresh_token"],
  accessTokenExpiresIn: 60 * 60,
});
