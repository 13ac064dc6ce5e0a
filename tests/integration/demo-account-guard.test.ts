import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/lib/schemas/account";
import { session as sessionTable, user } from "@/server/db/schema";
import { DEMO_ACCOUNT_REFUSAL } from "@/server/demo/guard";
import { addPassword } from "~tests/factories/credentials";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

// The demo account's password is public: whatever one visitor does must leave it usable by the next.
// Better Auth's own endpoints (password, email, two-factor, providers) are checked over HTTP in
// tests/http/demo-account.test.ts.

const database = setupTestDatabase();

/** The demo account signed in twice: this visitor, and another one's browser. */
async function demoVisitors() {
  const [existing] = await database.db.select().from(user).where(eq(user.email, DEMO_ACCOUNT.email));
  if (existing) await database.db.delete(user).where(eq(user.id, existing.id));
  const visitor = await createSignedInUser(database.db, { email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name });
  await addPassword(database.db, visitor.user.id, DEMO_ACCOUNT.password);
  const [other] = await database.db
    .insert(sessionTable)
    .values({
      userId: visitor.user.id,
      token: randomBytes(24).toString("base64url"),
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    })
    .returning();
  if (!other) throw new Error("insert returned nothing");
  return { visitor, api: callerFor(database.db, visitor), otherSessionId: other.id };
}

const sessionsOf = async (userId: string) =>
  (await database.db.select().from(sessionTable).where(eq(sessionTable.userId, userId))).length;

describe("the demo account", () => {
  it("cannot be deleted, even with its password", async () => {
    const { visitor, api } = await demoVisitors();

    const error = await failure(
      api.account.delete({ password: DEMO_ACCOUNT.password, confirmation: DELETE_ACCOUNT_CONFIRMATION }),
    );

    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(DEMO_ACCOUNT_REFUSAL);
    expect(await database.db.select().from(user).where(eq(user.id, visitor.user.id))).toHaveLength(1);
  });

  it("cannot sign other visitors out, one by one or all at once; signing itself out still works", async () => {
    const { visitor, api, otherSessionId } = await demoVisitors();

    expect((await failure(api.session.revokeOthers())).message).toBe(DEMO_ACCOUNT_REFUSAL);
    expect((await failure(api.session.revoke({ id: otherSessionId }))).code).toBe("FORBIDDEN");
    expect(await sessionsOf(visitor.user.id)).toBe(2);

    expect(await api.session.revoke({ id: visitor.session.id })).toEqual({ id: visitor.session.id });
    expect(await sessionsOf(visitor.user.id)).toBe(1);
  });

  it("is the only account refused: another user deletes their other sessions", async () => {
    const someone = await createSignedInUser(database.db);
    await database.db.insert(sessionTable).values({
      userId: someone.user.id,
      token: randomBytes(24).toString("base64url"),
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    });

    expect(await callerFor(database.db, someone).session.revokeOthers()).toEqual({ count: 1 });
  });
});
