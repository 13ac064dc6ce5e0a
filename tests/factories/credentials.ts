import { auth } from "@/server/auth/auth";
import type { Database } from "@/server/db/client";
import { account } from "@/server/db/schema";

/** Gives a user an email-and-password login, hashed as Better Auth hashes it on sign-up. */
export async function addPassword(db: Database, userId: string, password: string) {
  const context = await auth.$context;
  await db.insert(account).values({
    userId,
    accountId: userId,
    providerId: "credential",
    password: await context.password.hash(password),
  });
}
