import "server-only";
import { createHash } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { db } from "@/server/db";
import { oauthClient, oauthRefreshToken } from "@/server/db/schema";
import { mcpResource } from "@/server/mcp/resource";
import { revokeConnectedApp } from "@/server/modules/connected-apps/revoke";
import { verifiedJwtClaims } from "./jwt";
import { isIssuedFor, oauthGrantOf } from "./oauth-token";

const REVOKE_PATH = "/oauth2/revoke";

/** The token and the client (a public client names itself) of a revocation request (RFC 7009 §2.1). */
function revocationRequest(body: unknown): { token: string; clientId: string } | null {
  if (typeof body !== "object" || body === null || !("token" in body) || !("client_id" in body)) return null;
  const { token, client_id: clientId } = body;
  return typeof token === "string" && token !== "" && typeof clientId === "string" && clientId !== ""
    ? { token, clientId }
    : null;
}

/** How the OAuth plugin stores a refresh token (its default, `storeTokens: "hashed"`): SHA-256, base64url. */
const storedToken = (token: string) => createHash("sha256").update(token).digest("base64url");

async function isPublicClient(clientId: string): Promise<boolean> {
  const [found] = await db
    .select({ method: oauthClient.tokenEndpointAuthMethod })
    .from(oauthClient)
    .where(eq(oauthClient.clientId, clientId));
  return found?.method === "none";
}

/**
 * Revocation at the OAuth server's endpoint ends the grant, as Settings › Connected apps does. Our access
 * tokens are JWTs, which the plugin cannot revoke ("unsupported_token_type") and which /api/mcp accepts
 * while the user's consent stands. So (RFC 7009 §2.1 lets revoking one token revoke its grant):
 * - an MCP access token revoked by the public client it was issued to: the app's consent and tokens go;
 * - a refresh token the plugin has just revoked: the same, so the access tokens issued with it stop too.
 */
export const revocationEndsGrant = () =>
  ({
    id: "oauth-revocation-ends-grant",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === REVOKE_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const request = revocationRequest(ctx.body);
            if (request?.token.split(".").length !== 3) return;
            const claims = await verifiedJwtClaims(db, request.token, mcpResource);
            const grant = claims && isIssuedFor(claims, mcpResource) ? oauthGrantOf(claims) : null;
            if (!claims?.sub || grant?.clientId !== request.clientId) return;
            if (!(await isPublicClient(request.clientId))) return;
            await revokeConnectedApp(db, claims.sub, request.clientId);
            // RFC 7009 §2.2: 200, whatever the body; the plugin's own answer would be an error.
            return ctx.json({});
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === REVOKE_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            if (isAPIError(ctx.context.returned)) return;
            const request = revocationRequest(ctx.body);
            if (!request) return;
            const [found] = await db
              .select({
                userId: oauthRefreshToken.userId,
                clientId: oauthRefreshToken.clientId,
                revoked: oauthRefreshToken.revoked,
              })
              .from(oauthRefreshToken)
              .where(eq(oauthRefreshToken.token, storedToken(request.token)));
            // Only once the plugin has revoked it, and only for the client it was issued to.
            if (found?.revoked && found.clientId === request.clientId) {
              await revokeConnectedApp(db, found.userId, found.clientId);
            }
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
