import "server-only";
import { inArray, sql } from "drizzle-orm";
import { taskPath } from "@/lib/task-url";
import type { Database } from "@/server/db";
import { pushSubscription } from "@/server/db/schema";
import { reminderEmail } from "@/server/email/messages";
import type { EmailMessage } from "@/server/email/types";
import { errorSummary, log } from "@/server/log";
import type { PushSender } from "@/server/push/send";
import { pushToUsers } from "./push-delivery";

export interface DeliveryOptions {
  db: Database;
  sendEmail: (message: EmailMessage) => Promise<void>;
  /** null: Web Push is not configured; email only. */
  sendPush: PushSender | null;
  /** The app's origin, for the links. */
  baseURL: string;
  /** At most this many reminders per run (the rest wait for the next one). */
  limit?: number;
}

export interface DeliveryReport {
  claimed: number;
  emailed: number;
  pushed: number;
  failed: number;
  expiredSubscriptions: number;
}

interface ClaimedRow extends Record<string, unknown> {
  id: string;
  task_id: string;
  user_id: string;
  title: string;
  email: string;
  name: string;
  deliver: boolean;
}

/**
 * Claims every due reminder in one statement: `FOR UPDATE SKIP LOCKED` leaves rows another run holds
 * to that run, and `sent_at is null` rechecked on the locked row drops rows a run claimed meanwhile,
 * so overlapping runs never send one reminder twice. Reminders of completed or trashed tasks are
 * claimed too (so the scan does not meet them again) but not delivered. Claiming before sending makes
 * delivery at most once: a send that fails is logged, not retried.
 */
async function claimDueReminders(db: Database, limit: number): Promise<ClaimedRow[]> {
  const result = await db.execute<ClaimedRow>(sql`
    with claimed as (
      update reminder set sent_at = now(), last_sent_at = now()
      where id in (
        select r.id from reminder r
        where r.next_at <= now() and r.sent_at is null
        order by r.next_at
        limit ${limit}
        for update skip locked
      ) and sent_at is null
      returning id, task_id, user_id
    )
    select c.id, c.task_id, c.user_id, t.title, u.email, u.name,
      (t.completed_at is null and t.deleted_at is null) as deliver
    from claimed c
    join task t on t.id = c.task_id
    join "user" u on u.id = c.user_id`);
  return result.rows;
}

/** Sends the reminders that are due: an email each, and a push to each of the owner's browsers. */
export async function deliverDueReminders(options: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, emailed: 0, pushed: 0, failed: 0, expiredSubscriptions: 0 };
  const claimed = await claimDueReminders(options.db, options.limit ?? 200);
  report.claimed = claimed.length;
  const due = claimed.filter((row) => row.deliver);
  if (!due.length) return report;

  for (const row of due) {
    const url = new URL(taskPath(row.task_id), options.baseURL).toString();
    try {
      await options.sendEmail(reminderEmail({ email: row.email, name: row.name }, row.title, url));
      report.emailed += 1;
    } catch (error) {
      report.failed += 1;
      log.error("reminder email failed", { reminderId: row.id, ...errorSummary(error) });
    }
  }

  if (options.sendPush) {
    const subscriptions = await options.db
      .select()
      .from(pushSubscription)
      .where(
        inArray(
          pushSubscription.userId,
          due.map((row) => row.user_id),
        ),
      );
    const pushed = await pushToUsers(options.db, options.sendPush, due, subscriptions);
    report.pushed = pushed.delivered;
    report.failed += pushed.failed;
    report.expiredSubscriptions = pushed.expired;
  }
  return report;
}
