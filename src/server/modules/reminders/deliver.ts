import "server-only";
import { randomUUID } from "node:crypto";
import { isAllowedPushEndpoint, type PushEndpointCheck } from "@/lib/push-services";
import { taskPath } from "@/lib/task-url";
import type { Database } from "@/server/db";
import type { PushSubscriptionRow } from "@/server/db/schema";
import { reminderEmail } from "@/server/email/messages";
import type { EmailMessage } from "@/server/email/types";
import { errorSummary, log } from "@/server/log";
import type { PushSender } from "@/server/push/send";
import { runBounded } from "./bounded";
import { type ClaimedReminder, claimDueReminders, releaseReminders, retryLater, settleReminders } from "./claim";
import { pruneReminderEmailCounts, takeReminderEmail } from "./email-quota";
import { loadPushTargets, PushOutcomes, pushReminder } from "./push-delivery";

/** A run starts no delivery after this long; what it claimed and did not start is released for the next one. */
const RUN_DEADLINE_MS = 25_000;
/** Reminders being delivered at once (each to one email and at most 10 browsers). */
const DELIVERY_CONCURRENCY = 4;

export interface DeliveryOptions {
  db: Database;
  sendEmail: (message: EmailMessage) => Promise<void>;
  /** null: Web Push is not configured; email only. */
  sendPush: PushSender | null;
  /** The app's origin, for the links. */
  baseURL: string;
  /** At most this many reminders per run (the rest wait for the next one). */
  limit?: number;
  /** Which push endpoints may be requested: the push services (src/lib/push-services.ts) unless given. */
  isAllowedPushEndpoint?: PushEndpointCheck;
  /** Aborts when the run must stop starting deliveries: RUN_DEADLINE_MS from the start unless given. */
  deadline?: AbortSignal;
}

export interface DeliveryReport {
  claimed: number;
  emailed: number;
  pushed: number;
  /** Sends (emails or pushes) that failed. */
  failed: number;
  expiredSubscriptions: number;
  /** Subscriptions deleted unrequested: their endpoint is not on a push service. */
  refusedSubscriptions: number;
  /** Emails not sent: the owner's address is unverified, or they had their REMINDER_EMAILS_PER_DAY. */
  emailsWithheld: number;
  /** Reminders nothing reached, handed back for a later attempt. */
  retrying: number;
  /** Reminders not started before the deadline, handed back for the next run. */
  deferred: number;
}

interface Channels {
  options: DeliveryOptions;
  subscriptions: Map<string, PushSubscriptionRow[]>;
  outcomes: PushOutcomes;
  report: DeliveryReport;
}

/** An email to a verified address, within the owner's daily count; whether it was sent, failed or withheld. */
async function emailReminder(row: ClaimedReminder, { options, report }: Channels) {
  if (!row.email_verified || !(await takeReminderEmail(options.db, row.user_id))) {
    report.emailsWithheld += 1;
    return "withheld";
  }
  const url = new URL(taskPath(row.task_id), options.baseURL).toString();
  try {
    await options.sendEmail(reminderEmail({ email: row.email, name: row.name }, row.title, url));
    report.emailed += 1;
    return "sent";
  } catch (error) {
    report.failed += 1;
    log.error("reminder email failed", { reminderId: row.id, ...errorSummary(error) });
    return "failed";
  }
}

/**
 * Delivers one claimed reminder by email and push, then settles it: delivered when anything reached the
 * owner, settled undelivered when there was nowhere to send it, retried later when every send failed.
 */
async function deliverOne(row: ClaimedReminder, claimId: string, channels: Channels) {
  const { options, report } = channels;
  const email = await emailReminder(row, channels);
  const targets = channels.subscriptions.get(row.user_id) ?? [];
  const push =
    options.sendPush && targets.length
      ? await pushReminder(options.sendPush, row, targets, channels.outcomes)
      : { delivered: 0, failed: 0 };
  report.pushed += push.delivered;
  report.failed += push.failed;

  if (email === "sent" || push.delivered > 0) {
    await settleReminders(options.db, claimId, [row.id], true);
  } else if (email === "failed" || push.failed > 0) {
    if (await retryLater(options.db, claimId, row.id)) report.retrying += 1;
    else log.error("reminder given up after repeated failures", { reminderId: row.id });
  } else {
    await settleReminders(options.db, claimId, [row.id], false);
  }
}

/**
 * Sends the reminders that are due: an email each (verified addresses only) and a push to each of the
 * owner's browsers. Claim, send, then settle (reminders/claim.ts): a send that failed is retried later,
 * and what the deadline left is released, so one user's failures never cost another user's reminder.
 */
export async function deliverDueReminders(options: DeliveryOptions): Promise<DeliveryReport> {
  const deadline = options.deadline ?? AbortSignal.timeout(RUN_DEADLINE_MS);
  const report: DeliveryReport = {
    claimed: 0,
    emailed: 0,
    pushed: 0,
    failed: 0,
    expiredSubscriptions: 0,
    refusedSubscriptions: 0,
    emailsWithheld: 0,
    retrying: 0,
    deferred: 0,
  };
  const claimId = randomUUID();
  const claimed = await claimDueReminders(options.db, claimId, options.limit ?? 200);
  report.claimed = claimed.length;
  // A completed or trashed task's reminder is settled without a send, so the scan does not meet it again.
  await settleReminders(
    options.db,
    claimId,
    claimed.filter((row) => !row.deliver).map((row) => row.id),
    false,
  );
  const due = claimed.filter((row) => row.deliver);
  if (!due.length) return report;
  await pruneReminderEmailCounts(options.db);

  const targets = options.sendPush
    ? await loadPushTargets(
        options.db,
        due.map((row) => row.user_id),
        options.isAllowedPushEndpoint ?? isAllowedPushEndpoint,
      )
    : { byUser: new Map<string, PushSubscriptionRow[]>(), removed: 0 };
  report.refusedSubscriptions = targets.removed;
  const channels: Channels = { options, subscriptions: targets.byUser, outcomes: new PushOutcomes(), report };

  const notStarted = await runBounded(due, DELIVERY_CONCURRENCY, deadline, (row) =>
    // A database failure while settling leaves the reminder claimed: its lease expires and a later run retries it.
    deliverOne(row, claimId, channels).catch((error: unknown) => {
      log.error("reminder delivery failed", { reminderId: row.id, ...errorSummary(error) });
    }),
  );
  await releaseReminders(
    options.db,
    claimId,
    notStarted.map((row) => row.id),
  );
  report.deferred = notStarted.length;
  await channels.outcomes.save(options.db);
  report.expiredSubscriptions = channels.outcomes.gone.size;
  return report;
}
