import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { oauthAccessToken, oauthClient, oauthConsent, oauthRefreshToken } from "@/server/db/schema";
import { ABANDONED_CLIENT_AGE_MS, pruneOAuthData } from "@/server/modules/connected-apps/prune";
import { createUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

const NOW = new Date("2026-11-27T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const OLD = ago(ABANDONED_CLIENT_AGE_MS + HOUR);

async function insertClient(name: string, fields: { createdAt: Date; userId?: string }) {
  const clientId = `${name}-${crypto.randomUUID()}`;
  await database.db
    .insert(oauthClient)
    .values({ clientId, name, redirectUris: ["http://127.0.0.1:5555/callback"], ...fields });
  return clientId;
}

const tokenFields = (clientId: string, userId: string, expiresAt: Date) => ({
  clientId,
  userId,
  expiresAt,
  token: crypto.randomUUID(),
  scopes: ["tasks:read"],
});

async function remainingClients(clientIds: string[]) {
  const rows = await database.db
    .select({ clientId: oauthClient.clientId })
    .from(oauthClient)
    .where(inArray(oauthClient.clientId, clientIds));
  return rows.map((row) => row.clientId).sort();
}

describe("pruneOAuthData", () => {
  it("deletes expired tokens and self-registered clients nobody connected within a day, and nothing else", async () => {
    const user = await createUser(database.db);
    const abandoned = await insertClient("abandoned", { createdAt: OLD });
    const justRegistered = await insertClient("just-registered", { createdAt: ago(HOUR) });
    const connected = await insertClient("connected", { createdAt: OLD });
    const withLiveRefresh = await insertClient("live-refresh", { createdAt: OLD });
    const withExpiredRefresh = await insertClient("expired-refresh", { createdAt: OLD });
    const registeredByUser = await insertClient("by-user", { createdAt: OLD, userId: user.id });

    await database.db.insert(oauthConsent).values({ clientId: connected, userId: user.id, scopes: ["tasks:read"] });
    await database.db
      .insert(oauthRefreshToken)
      .values([
        tokenFields(withLiveRefresh, user.id, new Date(NOW.getTime() + HOUR)),
        tokenFields(withExpiredRefresh, user.id, ago(HOUR)),
      ]);
    const [liveAccess, expiredAccess] = await database.db
      .insert(oauthAccessToken)
      .values([
        tokenFields(connected, user.id, new Date(NOW.getTime() + HOUR)),
        tokenFields(connected, user.id, ago(1000)),
      ])
      .returning({ id: oauthAccessToken.id });

    const report = await pruneOAuthData(database.db, NOW);

    expect(report).toEqual({ clients: 2, refreshTokens: 1, accessTokens: 1 });
    const all = [abandoned, justRegistered, connected, withLiveRefresh, withExpiredRefresh, registeredByUser];
    expect(await remainingClients(all)).toEqual([connected, justRegistered, withLiveRefresh, registeredByUser].sort());
    const accessLeft = await database.db
      .select({ id: oauthAccessToken.id })
      .from(oauthAccessToken)
      .where(inArray(oauthAccessToken.id, [liveAccess?.id ?? "", expiredAccess?.id ?? ""]));
    expect(accessLeft).toEqual([{ id: liveAccess?.id }]);

    expect(await pruneOAuthData(database.db, NOW)).toEqual({ clients: 0, refreshTokens: 0, accessTokens: 0 });
  });
});
