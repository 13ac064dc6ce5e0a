import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { oauthAccessToken, oauthConsent, oauthRefreshToken } from "@/server/db/schema";

/**
 * Takes an app's access away from a user: its consent (so its access tokens, JWTs checked against it,
 * stop at once) and its refresh and stored access tokens (so it cannot get new ones). False when the
 * app was not connected (then nothing changes).
 */
export function revokeConnectedApp(db: Database, userId: string, clientId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .delete(oauthConsent)
      .where(and(eq(oauthConsent.userId, userId), eq(oauthConsent.clientId, clientId)))
      .returning({ id: oauthConsent.id });
    if (revoked.length === 0) return false;
    const ofApp = (table: typeof oauthAccessToken | typeof oauthRefreshToken) =>
      and(eq(table.userId, userId), eq(table.clientId, clientId));
    await tx.delete(oauthAccessToken).where(ofApp(oauthAccessToken));
    await tx.delete(oauthRefreshToken).where(ofApp(oauthRefreshToken));
    return true;
  });
}
