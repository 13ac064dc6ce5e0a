import "server-only";
import { and, eq } from "drizzle-orm";
import { auth } from "@/server/auth/auth";
import type { Database } from "@/server/db";
import { account } from "@/server/db/schema";

/**
 * Whether `password` is the user's email-and-password password: checked against the hash Better Auth
 * keeps on the "credential" account, with Better Auth's own verifier (whatever hasher it is configured with).
 * False when the user has no password (an account without a credential login).
 */
export async function verifyUserPassword(db: Database, userId: string, password: string): Promise<boolean> {
  const [credential] = await db
    .select({ hash: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .limit(1);
  if (!credential?.hash) return false;
  const context = await auth.$context;
  return context.password.verify({ hash: credential.hash, password });
}
