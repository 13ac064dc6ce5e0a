import "server-only";
import { and, eq } from "drizzle-orm";
import type { Identity } from "@/server/auth/identity";
import { timeFormatOf } from "@/server/auth/time-format";
import type { Database } from "@/server/db";
import { account } from "@/server/db/schema";

/** The signed-in user as the session read them for this request, and whether they have a password. */
export async function describeAccount(db: Database, signedIn: Identity["user"] & { timeZone: string }) {
  const { id, name, email, emailVerified, image, timeZone, createdAt } = signedIn;
  // OAuth- and magic-link-only users have no "credential" account, so no password to change.
  const [credential] = await db
    .select({ id: account.id })
    .from(account)
    .where(and(eq(account.userId, id), eq(account.providerId, "credential")))
    .limit(1);
  return {
    id,
    name,
    email,
    emailVerified,
    image,
    timeZone,
    timeFormat: timeFormatOf(signedIn),
    createdAt,
    twoFactorEnabled: signedIn.twoFactorEnabled === true,
    hasPassword: credential !== undefined,
  };
}
