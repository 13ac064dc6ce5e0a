import "server-only";
import { sql } from "drizzle-orm";
import { describeNotification, type NotificationKind, notificationPath } from "@/lib/notifications";
import { EMAILS_PER_ADDRESS } from "@/server/auth/account-limits";
import { baseURL } from "@/server/auth/urls";
import type { Database } from "@/server/db";
import { notification, user } from "@/server/db/schema";
import { notificationEmail } from "@/server/email/messages";
import { sendEmail } from "@/server/email/send";
import { errorSummary, log } from "@/server/log";
import { consumeRateLimit } from "@/server/rate-limit";

/** Emails one delivery sends at most; the rest wait for the next notifying change or the daily cleanup. */
const EMAILS_PER_RUN = 20;

interface Claimed extends Record<string, unknown> {
  id: string;
  kind: NotificationKind;
  project_id: string | null;
  task_id: string | null;
  subject: string;
  excerpt: string | null;
  email: string;
  email_verified: boolean;
  name: string;
  actor_name: string | null;
}

/**
 * Sends the notification emails waiting to go (committed notifications whose recipient chose them by
 * email). Each is claimed once (concurrent deliveries skip each other's rows); one whose send failed is
 * put back for the next delivery. An unverified address, or one past its hourly allowance, is not mailed.
 */
export async function deliverNotificationEmails(db: Database): Promise<{ sent: number }> {
  const claimed = await db.execute<Claimed>(sql`
    update ${notification} as n set email_pending = false
    from ${user} as recipient
    where n.id in (
        select id from ${notification} where email_pending order by created_at
        limit ${EMAILS_PER_RUN} for update skip locked)
      and recipient.id = n.user_id
    returning n.id, n.kind, n.project_id, n.task_id, n.subject, n.excerpt, recipient.email,
      recipient.email_verified, recipient.name,
      (select name from ${user} as actor where actor.id = n.actor_id) as actor_name`);
  let sent = 0;
  for (const row of claimed.rows) {
    if (!row.email_verified) continue;
    const allowed = await consumeRateLimit(db, { kind: "email-recipient", email: row.email }, EMAILS_PER_ADDRESS);
    if (!allowed.ok) {
      log.warn("notification email not sent: too many to this address this hour");
      continue;
    }
    const sentence = describeNotification(row.kind, row.actor_name ?? "Deleted user", row.subject);
    const url = new URL(
      notificationPath({ kind: row.kind, taskId: row.task_id, projectId: row.project_id }),
      baseURL,
    ).toString();
    try {
      await sendEmail(notificationEmail({ email: row.email, name: row.name }, sentence, row.excerpt, url), db);
      sent += 1;
    } catch (error) {
      log.error("notification email failed; retried with the next delivery", { id: row.id, ...errorSummary(error) });
      await db.execute(sql`update ${notification} set email_pending = true where id = ${row.id}`);
    }
  }
  return { sent };
}
