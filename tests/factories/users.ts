import { randomBytes, randomUUID } from "node:crypto";
import type { Session } from "@/server/auth/auth";
import type { Database } from "@/server/db/client";
import { session as sessionTable, user as userTable } from "@/server/db/schema";

type NewUser = typeof userTable.$inferInsert;

let sequence = 0;

/** Inserts a user; every field can be overridden. */
export async function createUser(db: Database, overrides: Partial<NewUser> = {}) {
  sequence += 1;
  const [created] = await db
    .insert(userTable)
    .values({
      name: `Test User ${sequence}`,
      email: `user-${sequence}-${randomUUID()}@example.test`,
      ...overrides,
    })
    .returning();
  if (!created) throw new Error("createUser: insert returned nothing");
  return created;
}

/** A user with a live session row, as the tRPC context receives it after Better Auth's check. */
export async function createSignedInUser(db: Database, overrides: Partial<NewUser> = {}): Promise<Session> {
  const user = await createUser(db, overrides);
  const [session] = await db
    .insert(sessionTable)
    .values({
      userId: user.id,
      token: randomBytes(24).toString("base64url"),
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    })
    .returning();
  if (!session) throw new Error("createSignedInUser: insert returned nothing");
  return { user, session };
}
