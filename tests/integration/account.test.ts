import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

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
      createdAt: session.user.createdAt,
    });
  });

  it("is UNAUTHORIZED for an anonymous caller", async () => {
    const attempt = callerFor(database.db, null).account.me();

    await expect(attempt).rejects.toBeInstanceOf(TRPCError);
    await expect(attempt).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
