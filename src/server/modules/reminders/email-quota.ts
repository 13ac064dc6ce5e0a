import "server-only";
import { sql } from "drizzle-orm";
import { REMINDER_EMAILS_PER_DAY } from "@/lib/schemas/reminder-limits";
import type { Database } from "@/server/db";

const utcToday = sql`(now() at time zone 'utc')::date`;

/**
 * Counts one reminder email for the user today, unless they already had REMINDER_EMAILS_PER_DAY; answers
 * whether it may be sent. One statement: concurrent runs queue on the day's row and never pass the cap.
 */
export async function takeReminderEmail(db: Database, userId: string): Promise<boolean> {
  const result = await db.execute(sql`
    insert into reminder_email_count (user_id, day, sent) values (${userId}, ${utcToday}, 1)
    on conflict (user_id, day) do update set sent = reminder_email_count.sent + 1, updated_at = now()
      where reminder_email_count.sent < ${REMINDER_EMAILS_PER_DAY}
    returning sent`);
  return result.rows.length > 0;
}

/** Drops the counts of days before yesterday (nothing reads them). */
export async function pruneReminderEmailCounts(db: Database) {
  await db.execute(sql`delete from reminder_email_count where day < ${utcToday} - 1`);
}
