import "server-only";
import { oauthProvider } from "@better-auth/oauth-provider";
import { ALL_SCOPES } from "@/server/agent-tools/scopes";
import { mcpResource } from "@/server/mcp/resource";

/** What an MCP client may ask for: the tools' scopes, and a refresh token (offline_access). */
export const OAUTH_SCOPES = [...ALL_SCOPES, "offline_access"];

/**
 * The OAuth 2.1 authorization server MCP clients use (issue #8): open dynamic registration for public
 * clients (PKCE S256 required), access tokens only for the MCP resource (a JWT with that audience),
 * signed by the jwt plugin's keys. Sign-in is our own page; consent is /oauth/consent.
 */
const plugin = oauthProvider({
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

type InitContext = Parameters<NonNullable<typeof plugin.init>>[0];

/**
 * The plugin writes its `resources` to the database in `init`, i.e. when `auth` is constructed, which
 * would open the database in `next build` and at import in tests. Its seed treats a missing table as
 * "not yet" and seeds on first use instead (its own fallback for migrations run after start): that is
 * what we make it do, so only a real OAuth request touches the database.
 */
function seedOnFirstUse(ctx: InitContext): InitContext {
  const adapter = ctx.adapter;
  const deferred: typeof adapter = {
    ...adapter,
    findOne: (query) =>
      query.model === "oauthResource"
        ? Promise.reject(new Error('relation "oauth_resource" does not exist (seeded on first use)'))
        : adapter.findOne(query),
  };
  return { ...ctx, adapter: deferred };
}

export const oauthProviderPlugin = {
  ...plugin,
  init: (ctx: InitContext) => plugin.init(seedOnFirstUse(ctx)),
};
