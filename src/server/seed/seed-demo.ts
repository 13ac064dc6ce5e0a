import "server-only";
import { eq } from "drizzle-orm";
import { todayIn } from "@/lib/dates";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { db } from "@/server/db";
import { label, project, savedFilter, task, user } from "@/server/db/schema";
import { createInnerContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { countUserContent, type DemoCounts } from "./counts";
import { createDemoContent } from "./create-content";
import { demoContent } from "./demo-content";
import { ensureDemoUser } from "./demo-user";

export interface SeedOptions {
  /** The demo user's IANA time zone; "today", "overdue" and the relative due dates are in it. */
  timeZone: string;
  now?: Date;
  log?: (message: string) => void;
}

export interface SeedResult {
  userId: string;
  created: boolean;
  today: string;
  counts: DemoCounts;
}

/**
 * Makes the demo account, or gives an existing one a fresh set of content (dates relative to `now`):
 * its projects, labels, saved filters and tasks are replaced in one transaction, so a failed run leaves the previous
 * set whole. Works on the process database, the one Better Auth writes the user to. No other account
 * is read or changed.
 */
export async function seedDemoAccount({
  timeZone,
  now = new Date(),
  log = () => {},
}: SeedOptions): Promise<SeedResult> {
  log(`Demo user ${DEMO_ACCOUNT.email}…`);
  const { id, created } = await ensureDemoUser(timeZone);
  log(created ? "  created" : "  exists: same account, password reset, content replaced");

  const today = todayIn(timeZone, now);
  log(`Content, relative to ${today} (${timeZone})…`);
  await db.transaction(async (tx) => {
    // Tasks first: their labels, reminders and history go with them (on delete cascade).
    await tx.delete(task).where(eq(task.userId, id));
    await tx.delete(label).where(eq(label.userId, id));
    await tx.delete(project).where(eq(project.userId, id));
    await tx.delete(savedFilter).where(eq(savedFilter.userId, id));
    const [row] = await tx.select().from(user).where(eq(user.id, id));
    if (!row) throw new Error(`The demo user ${id} disappeared while seeding.`);
    // Like a script holding the user's token: the procedures only the person at the browser may call stay closed.
    const identity = { user: row, method: "access-token" as const, sessionId: null, signedInAt: null };
    await createDemoContent(createCaller(createInnerContext({ db: tx, identity })), demoContent(today), log);
  });

  return { userId: id, created, today, counts: await countUserContent(db, id, today) };
}
