import "server-only";
import { eq } from "drizzle-orm";
import { env } from "@/env";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import type { Database } from "@/server/db";
import { user } from "@/server/db/schema";
import { offersDemoAccount } from "./offer";

/** The demo user's id, or null before `npm run db:seed` has made it. */
export async function findDemoUserId(db: Database): Promise<string | null> {
  const [found] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNT.email)).limit(1);
  return found?.id ?? null;
}

/** Whether the sign-in page shows "Try the demo account": allowed here, and the account exists. */
export async function demoAccountOffered(db: Database): Promise<boolean> {
  const allowed = offersDemoAccount({
    demoAccount: env.DEMO_ACCOUNT,
    vercelEnv: env.VERCEL_ENV,
    nodeEnv: env.NODE_ENV,
  });
  return allowed && (await findDemoUserId(db)) !== null;
}
