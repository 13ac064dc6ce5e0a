import "server-only";
import { and, eq, isNull, lt, notExists } from "drizzle-orm";
import type { Database } from "@/server/db";
import { oauthAccessToken, oauthClient, oauthConsent, oauthRefreshToken } from "@/server/db/schema";

/** How long a client that registered itself may wait for someone to connect it before it is deleted. */
export const ABANDONED_CLIENT_AGE_MS = 24 * 60 * 60 * 1000;

export interface OAuthPruneReport {
  clients: number;
  refreshTokens: number;
  accessTokens: number;
}

/**
 * Registration is open to anyone (MCP clients register themselves, RFC 7591), so the rows it leaves must not
 * pile up: expired tokens go, then clients that registered themselves a day ago or more and that nobody
 * connected or still has connected (no consent, no token). A client registered by a signed-in user stays.
 */
export function pruneOAuthData(db: Database, now = new Date()): Promise<OAuthPruneReport> {
  return db.transaction(async (tx) => {
    const accessTokens = await tx
      .delete(oauthAccessToken)
      .where(lt(oauthAccessToken.expiresAt, now))
      .returning({ id: oauthAccessToken.id });
    const refreshTokens = await tx
      .delete(oauthRefreshToken)
      .where(lt(oauthRefreshToken.expiresAt, now))
      .returning({ id: oauthRefreshToken.id });
    const unused = [
      notExists(tx.select().from(oauthConsent).where(eq(oauthConsent.clientId, oauthClient.clientId))),
      notExists(tx.select().from(oauthAccessToken).where(eq(oauthAccessToken.clientId, oauthClient.clientId))),
      notExists(tx.select().from(oauthRefreshToken).where(eq(oauthRefreshToken.clientId, oauthClient.clientId))),
    ];
    const clients = await tx
      .delete(oauthClient)
      .where(
        and(
          isNull(oauthClient.userId),
          lt(oauthClient.createdAt, new Date(now.getTime() - ABANDONED_CLIENT_AGE_MS)),
          ...unused,
        ),
      )
      .returning({ id: oauthClient.id });
    return { clients: clients.length, refreshTokens: refreshTokens.length, accessTokens: accessTokens.length };
  });
}
