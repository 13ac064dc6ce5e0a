import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revokeCredentials } from "@/server/auth/credential-revocation";
import {
  calendarFeed,
  oauthAccessToken,
  oauthClient,
  oauthConsent,
  oauthRefreshToken,
  personalAccessToken,
} from "@/server/db/schema";
import { generateAccessToken } from "@/server/modules/access-tokens/tokens";
import { generateFeedToken } from "@/server/modules/calendar-feeds/tokens";
import { createUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();
const HOUR_MS = 60 * 60 * 1000;

/**
 * An API token, an allowed app (consent, refresh and access token) and a calendar feed for `userId`, all
 * made at `createdAt`.
 */
async function credentialsOf(userId: string, createdAt: Date) {
  const feed = generateFeedToken();
  await database.db
    .insert(calendarFeed)
    .values({ userId, tokenHash: feed.tokenHash, lastCharacters: feed.lastCharacters, createdAt });
  const { tokenHash, lastCharacters } = generateAccessToken();
  const expiresAt = new Date(Date.now() + HOUR_MS);
  await database.db
    .insert(personalAccessToken)
    .values({ userId, name: "script", tokenHash, lastCharacters, expiresAt, createdAt });
  const clientId = `client-${crypto.randomUUID()}`;
  await database.db.insert(oauthClient).values({ clientId, redirectUris: ["http://127.0.0.1/cb"] });
  await database.db.insert(oauthConsent).values({ clientId, userId, scopes: ["tasks:read"], createdAt });
  const scopes = ["tasks:read"];
  const [refresh] = await database.db
    .insert(oauthRefreshToken)
    .values({ clientId, userId, token: `r-${clientId}`, scopes, expiresAt, createdAt })
    .returning();
  await database.db
    .insert(oauthAccessToken)
    .values({ clientId, userId, token: `a-${clientId}`, scopes, refreshId: refresh?.id, expiresAt, createdAt });
}

async function countsOf(userId: string) {
  const count = async (
    table: typeof personalAccessToken | typeof oauthConsent | typeof oauthRefreshToken | typeof calendarFeed,
  ) => (await database.db.select().from(table).where(eq(table.userId, userId))).length;
  const accessTokens = await database.db.select().from(oauthAccessToken).where(eq(oauthAccessToken.userId, userId));
  return {
    apiTokens: await count(personalAccessToken),
    consents: await count(oauthConsent),
    refreshTokens: await count(oauthRefreshToken),
    oauthAccessTokens: accessTokens.length,
    calendarFeeds: await count(calendarFeed),
  };
}

const none = { apiTokens: 0, consents: 0, refreshTokens: 0, oauthAccessTokens: 0, calendarFeeds: 0 };
const one = { apiTokens: 1, consents: 1, refreshTokens: 1, oauthAccessTokens: 1, calendarFeeds: 1 };

describe("revokeCredentials", () => {
  it("deletes every API token and OAuth grant of the user, and nothing of another user", async () => {
    const me = await createUser(database.db);
    const other = await createUser(database.db);
    await credentialsOf(me.id, new Date(Date.now() - HOUR_MS));
    await credentialsOf(me.id, new Date());
    await credentialsOf(other.id, new Date(Date.now() - HOUR_MS));

    await revokeCredentials(database.db, me.id);

    expect(await countsOf(me.id)).toEqual(none);
    expect(await countsOf(other.id)).toEqual(one);
  });

  it("with a date, deletes only those created before it", async () => {
    const me = await createUser(database.db);
    const changedAt = new Date();
    await credentialsOf(me.id, new Date(changedAt.getTime() - HOUR_MS));
    await credentialsOf(me.id, new Date(changedAt.getTime() + 1000));

    await revokeCredentials(database.db, me.id, changedAt);

    expect(await countsOf(me.id)).toEqual(one);
  });
});
