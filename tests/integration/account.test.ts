import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { account, user } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure, messagesOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

describe("account.me", () => {
  it("returns the signed-in user", async () => {
    const session = await createSignedInUser(database.db, { name: "Ada Lovelace" });

    const me = await callerFor(database.db, session).account.me();

    expect(me).toEqual({
      id: session.user.id,
      name: "Ada Lovelace",
      email: session.user.email,
      emailVerified: false,
      image: null,
      timeZone: "UTC",
      timeFormat: "auto",
      twoFactorEnabled: false,
      createdAt: session.user.createdAt,
      hasPassword: false,
    });
  });

  it("says whether the user has a password (a credential account)", async () => {
    const session = await createSignedInUser(database.db);
    await database.db
      .insert(account)
      .values({ userId: session.user.id, accountId: session.user.id, providerId: "credential", password: "hash" });
    expect((await callerFor(database.db, session).account.me()).hasPassword).toBe(true);
  });

  it("is UNAUTHORIZED for an anonymous caller", async () => {
    const attempt = callerFor(database.db, null).account.me();

    await expect(attempt).rejects.toBeInstanceOf(TRPCError);
    await expect(attempt).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("account.update", () => {
  async function storedUser(id: string) {
    const [row] = await database.db.select().from(user).where(eq(user.id, id));
    return row;
  }

  it("saves an IANA time zone, which the next session reads", async () => {
    const session = await createSignedInUser(database.db);

    const updated = await callerFor(database.db, session).account.update({ timeZone: "Europe/Paris" });

    expect(updated).toEqual({ name: session.user.name, timeZone: "Europe/Paris", timeFormat: "auto" });
    const row = await storedUser(session.user.id);
    expect(row?.timeZone).toBe("Europe/Paris");
    if (!row) throw new Error("user row missing");
    expect((await callerFor(database.db, { ...session, user: row }).account.me()).timeZone).toBe("Europe/Paris");
  });

  it("renames, trimming the name", async () => {
    const session = await createSignedInUser(database.db);
    expect(await callerFor(database.db, session).account.update({ name: "  Grace Hopper " })).toEqual({
      name: "Grace Hopper",
      timeZone: "UTC",
      timeFormat: "auto",
    });
  });

  it("saves the 12/24-hour choice, which the next session reads, and refuses any other", async () => {
    const session = await createSignedInUser(database.db);
    const caller = callerFor(database.db, session);

    expect((await caller.account.update({ timeFormat: "12h" }))?.timeFormat).toBe("12h");
    const row = await storedUser(session.user.id);
    if (!row) throw new Error("user row missing");
    expect((await callerFor(database.db, { ...session, user: row }).account.me()).timeFormat).toBe("12h");

    const error = await failure(caller.account.update({ timeFormat: "h12" } as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect((await storedUser(session.user.id))?.timeFormat).toBe("12h");
  });

  it.each(["Mars/Base", "+02:00", "Europe/Paris; drop table user", ""])(
    "refuses the time zone %j with BAD_REQUEST and changes nothing",
    async (timeZone) => {
      const session = await createSignedInUser(database.db, { timeZone: "Asia/Tokyo" });

      const error = await failure(callerFor(database.db, session).account.update({ timeZone }));

      expect(error.code).toBe("BAD_REQUEST");
      expect(messagesOf(error)).toMatch(/time zone/);
      expect((await storedUser(session.user.id))?.timeZone).toBe("Asia/Tokyo");
    },
  );

  it("refuses an empty change and an anonymous caller", async () => {
    const session = await createSignedInUser(database.db);
    expect((await failure(callerFor(database.db, session).account.update({}))).code).toBe("BAD_REQUEST");
    expect((await failure(callerFor(database.db, null).account.update({ timeZone: "UTC" }))).code).toBe("UNAUTHORIZED");
  });
});
