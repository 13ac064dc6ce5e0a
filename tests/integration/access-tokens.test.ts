import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { personalAccessToken } from "@/server/db/schema";
import { hashAccessToken, ownerOfAccessToken } from "@/server/modules/access-tokens/tokens";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();
const DAY_MS = 24 * 60 * 60 * 1000;

async function rowsOf(userId: string) {
  return database.db.select().from(personalAccessToken).where(eq(personalAccessToken.userId, userId));
}

describe("accessToken.create", () => {
  it("returns the token once and stores only its hash and last characters", async () => {
    const me = await createSignedInUser(database.db);

    const created = await callerFor(database.db, me).accessToken.create({
      name: "  backup script ",
      expiresInDays: 30,
    });

    expect(created.token).toMatch(/^tlpat_[\w-]{43}$/);
    expect(created).toMatchObject({ name: "backup script", lastCharacters: created.token.slice(-4), lastUsedAt: null });
    const expiresIn = (created.expiresAt?.getTime() ?? 0) - Date.now();
    expect(expiresIn).toBeGreaterThan(30 * DAY_MS - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(30 * DAY_MS);

    const [row] = await rowsOf(me.user.id);
    expect(row?.tokenHash).toBe(hashAccessToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(JSON.stringify(row)).not.toContain(created.token.slice("tlpat_".length));
  });

  it("makes a token that lives a year at most", async () => {
    const me = await createSignedInUser(database.db);
    const created = await callerFor(database.db, me).accessToken.create({ name: "cron", expiresInDays: 365 });
    expect(created.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(365 * DAY_MS);
    expect((await ownerOfAccessToken(database.db, created.token))?.id).toBe(me.user.id);
  });

  it("refuses a session signed in over 15 minutes ago with FORBIDDEN and stores nothing", async () => {
    const me = await createSignedInUser(database.db);
    const signedInAt = new Date(Date.now() - 16 * 60_000);
    const stale = { ...me, session: { ...me.session, createdAt: signedInAt } };

    const refused = callerFor(database.db, stale).accessToken.create({ name: "late", expiresInDays: 30 });

    expect(await codeOf(refused)).toBe("FORBIDDEN");
    expect(await rowsOf(me.user.id)).toEqual([]);
  });

  it.each([
    { name: "", expiresInDays: 30 },
    { name: "x".repeat(101), expiresInDays: 30 },
    { name: "ok", expiresInDays: 14 },
    { name: "forever", expiresInDays: null },
    { name: "two years", expiresInDays: 730 },
  ])("refuses %j with BAD_REQUEST and stores nothing", async (input) => {
    const me = await createSignedInUser(database.db);
    expect(await codeOf(callerFor(database.db, me).accessToken.create(input as never))).toBe("BAD_REQUEST");
    expect(await rowsOf(me.user.id)).toEqual([]);
  });
});

describe("accessToken.list", () => {
  it("lists the user's tokens, newest first, without hash or token, and none of another user's", async () => {
    const me = await createSignedInUser(database.db);
    const other = await createSignedInUser(database.db);
    const first = await callerFor(database.db, me).accessToken.create({ name: "first", expiresInDays: 7 });
    const second = await callerFor(database.db, me).accessToken.create({ name: "second", expiresInDays: 365 });
    await callerFor(database.db, other).accessToken.create({ name: "theirs", expiresInDays: 7 });

    const listed = await callerFor(database.db, me).accessToken.list();

    expect(listed.map((token) => token.id)).toEqual([second.id, first.id]);
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(
      ["createdAt", "expiresAt", "id", "lastCharacters", "lastUsedAt", "name"].sort(),
    );
    expect(JSON.stringify(listed)).not.toContain(first.token);
  });
});

describe("accessToken.revoke", () => {
  it("deletes the token, which no longer authenticates", async () => {
    const me = await createSignedInUser(database.db);
    const created = await callerFor(database.db, me).accessToken.create({ name: "ci", expiresInDays: 90 });

    expect(await callerFor(database.db, me).accessToken.revoke({ id: created.id })).toEqual({ id: created.id });
    expect(await rowsOf(me.user.id)).toEqual([]);
    expect(await ownerOfAccessToken(database.db, created.token)).toBeNull();
  });

  it("is NOT_FOUND for another user's token, which keeps working", async () => {
    const me = await createSignedInUser(database.db);
    const other = await createSignedInUser(database.db);
    const theirs = await callerFor(database.db, other).accessToken.create({ name: "theirs", expiresInDays: 7 });

    expect(await codeOf(callerFor(database.db, me).accessToken.revoke({ id: theirs.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(database.db, me).accessToken.revoke({ id: randomUUID() }))).toBe("NOT_FOUND");
    expect(await rowsOf(other.user.id)).toHaveLength(1);
    expect((await ownerOfAccessToken(database.db, theirs.token))?.id).toBe(other.user.id);
  });

  it("is UNAUTHORIZED for an anonymous caller", async () => {
    expect(await codeOf(callerFor(database.db, null).accessToken.revoke({ id: randomUUID() }))).toBe("UNAUTHORIZED");
  });
});

describe("ownerOfAccessToken", () => {
  it("accepts a live token and marks it used", async () => {
    const me = await createSignedInUser(database.db);
    const created = await callerFor(database.db, me).accessToken.create({ name: "live", expiresInDays: 7 });

    expect((await ownerOfAccessToken(database.db, created.token))?.id).toBe(me.user.id);
    expect((await rowsOf(me.user.id))[0]?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("rejects an expired token", async () => {
    const me = await createSignedInUser(database.db);
    const created = await callerFor(database.db, me).accessToken.create({ name: "old", expiresInDays: 7 });
    await database.db
      .update(personalAccessToken)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(personalAccessToken.id, created.id));

    expect(await ownerOfAccessToken(database.db, created.token)).toBeNull();
  });

  it("rejects a made-up token", async () => {
    expect(await ownerOfAccessToken(database.db, `tlpat_${"a".repeat(43)}`)).toBeNull();
  });
});
