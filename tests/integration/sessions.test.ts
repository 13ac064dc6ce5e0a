import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { session as sessionTable } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

/** Another session of the same user, as a second browser would have. */
async function signInAgain(signedIn: Session, overrides: Partial<typeof sessionTable.$inferInsert> = {}) {
  const [row] = await database.db
    .insert(sessionTable)
    .values({
      userId: signedIn.user.id,
      token: randomBytes(24).toString("base64url"),
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return { user: signedIn.user, session: row };
}

async function sessionIdsOf(userId: string) {
  const rows = await database.db
    .select({ id: sessionTable.id })
    .from(sessionTable)
    .where(eq(sessionTable.userId, userId));
  return rows.map((row) => row.id).sort();
}

describe("session.list", () => {
  it("lists the user's live sessions, marking the current one, and none of another user's", async () => {
    const me = await createSignedInUser(database.db);
    const phone = await signInAgain(me, { userAgent: "Phone UA", ipAddress: "203.0.113.9" });
    await signInAgain(me, { expiresAt: new Date(Date.now() - 1000) });
    await createSignedInUser(database.db);

    const listed = await callerFor(database.db, me).session.list();

    expect(listed.map((row) => row.id).sort()).toEqual([me.session.id, phone.session.id].sort());
    expect(listed.find((row) => row.current)?.id).toBe(me.session.id);
    expect(listed.find((row) => row.id === phone.session.id)).toMatchObject({
      userAgent: "Phone UA",
      ipAddress: "203.0.113.9",
      current: false,
    });
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(
      ["createdAt", "current", "expiresAt", "id", "ipAddress", "lastActiveAt", "userAgent"].sort(),
    );
  });

  it("is UNAUTHORIZED for an anonymous caller", async () => {
    expect(await codeOf(callerFor(database.db, null).session.list())).toBe("UNAUTHORIZED");
  });
});

describe("session.revoke", () => {
  it("deletes one of the user's sessions", async () => {
    const me = await createSignedInUser(database.db);
    const laptop = await signInAgain(me);

    expect(await callerFor(database.db, me).session.revoke({ id: laptop.session.id })).toEqual({
      id: laptop.session.id,
    });
    expect(await sessionIdsOf(me.user.id)).toEqual([me.session.id]);
  });

  it("is NOT_FOUND for another user's session, which stays", async () => {
    const me = await createSignedInUser(database.db);
    const other = await createSignedInUser(database.db);

    expect(await codeOf(callerFor(database.db, me).session.revoke({ id: other.session.id }))).toBe("NOT_FOUND");
    expect(await sessionIdsOf(other.user.id)).toEqual([other.session.id]);
  });

  it("is NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one", async () => {
    const me = await createSignedInUser(database.db);
    const caller = callerFor(database.db, me).session;
    expect(await codeOf(caller.revoke({ id: randomUUID() }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.revoke({ id: "not-a-uuid" }))).toBe("BAD_REQUEST");
    expect(await sessionIdsOf(me.user.id)).toEqual([me.session.id]);
  });
});

describe("session.revokeOthers", () => {
  it("deletes every session but the current one, and no other user's", async () => {
    const me = await createSignedInUser(database.db);
    await signInAgain(me);
    await signInAgain(me);
    const other = await createSignedInUser(database.db);

    expect(await callerFor(database.db, me).session.revokeOthers()).toEqual({ count: 2 });
    expect(await sessionIdsOf(me.user.id)).toEqual([me.session.id]);
    expect(await sessionIdsOf(other.user.id)).toEqual([other.session.id]);
  });

  it("is UNAUTHORIZED for an anonymous caller", async () => {
    expect(await codeOf(callerFor(database.db, null).session.revokeOthers())).toBe("UNAUTHORIZED");
  });
});
