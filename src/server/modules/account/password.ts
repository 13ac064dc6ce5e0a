import "server-only";
import { and, eq } from "drizzle-orm";
import { auth } from "@/server/auth/auth";
import type { Database } from "@/server/db";
import { account } from "@/server/db/schema";

/**
 * The hash of the user's email-and-password password, kept by Better Auth on the "credential" account;
 * null when the user has no password (they sign in by email link or a provider).
 */
export async function passwordHashOf(db: Database, userId: string): Promise<string | null> {
  const [credential] = await db
    .select({ hash: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .limit(1);
  return credential?.hash ?? null;
}

/** Whether `password` matches `hash`, checked with Better Auth's own verifier (whatever hasher it uses). */
export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  const context = await auth.$context;
  return context.password.verify({ hash, password });
}

/** Whether `password` is the user's password; false when they have none. */
export async function verifyUserPassword(db: Database, userId: string, password: string): Promise<boolean> {
  const hash = await passwordHashOf(db, userId);
  return hash !== null && passwordMatches(hash, password);
}
