import "server-only";
import { desc, inArray, sql } from "drizzle-orm";
import type { PushEndpointCheck } from "@/lib/push-services";
import { PUSH_SUBSCRIPTIONS_PER_USER_MAX } from "@/lib/schemas/reminder-limits";
import { taskPath } from "@/lib/task-url";
import type { Database } from "@/server/db";
import { type PushSubscriptionRow, pushSubscription } from "@/server/db/schema";
import { errorSummary, log } from "@/server/log";
import type { PushSender } from "@/server/push/send";

interface PushedReminder {
  id: string;
  task_id: string;
  title: string;
}

/** The push service's word that a subscription is gone for good (RFC 8030). */
const isGone = (status: number) => status === 404 || status === 410;

/**
 * The subscriptions of these users a push may go to, the newest PUSH_SUBSCRIPTIONS_PER_USER_MAX of each.
 * One whose endpoint fails `isAllowed` (saved before the push services' allow-list, or since dropped from
 * it) is deleted here, before anything is sent: the server never requests it.
 */
export async function loadPushTargets(db: Database, userIds: readonly string[], isAllowed: PushEndpointCheck) {
  const byUser = new Map<string, PushSubscriptionRow[]>();
  if (!userIds.length) return { byUser, removed: 0 };
  const rows = await db
    .select()
    .from(pushSubscription)
    .where(inArray(pushSubscription.userId, [...new Set(userIds)]))
    .orderBy(desc(pushSubscription.createdAt), desc(pushSubscription.id));
  const refused = rows.filter((row) => !isAllowed(row.endpoint));
  if (refused.length) {
    await db.delete(pushSubscription).where(
      inArray(
        pushSubscription.id,
        refused.map((row) => row.id),
      ),
    );
    log.warn("push subscriptions outside the push services removed", { count: refused.length });
  }
  for (const row of rows) {
    if (!isAllowed(row.endpoint)) continue;
    const mine = byUser.get(row.userId) ?? [];
    if (mine.length < PUSH_SUBSCRIPTIONS_PER_USER_MAX) byUser.set(row.userId, [...mine, row]);
  }
  return { byUser, removed: refused.length };
}

/** What the pushes of a run did to subscriptions, written once at its end. */
export class PushOutcomes {
  readonly gone = new Set<string>();
  readonly succeeded = new Set<string>();

  /** Deletes the subscriptions the push service called gone; stamps `last_success_at` on those that took one. */
  async save(db: Database) {
    if (this.gone.size) await db.delete(pushSubscription).where(inArray(pushSubscription.id, [...this.gone]));
    const alive = [...this.succeeded].filter((id) => !this.gone.has(id));
    if (alive.length) {
      await db.update(pushSubscription).set({ lastSuccessAt: sql`now()` }).where(inArray(pushSubscription.id, alive));
    }
  }
}

/**
 * Pushes one reminder to its owner's subscriptions (at most PUSH_SUBSCRIPTIONS_PER_USER_MAX, in parallel;
 * each send has its own timeout). Counts pushes delivered and failed; a gone subscription is not a failure.
 */
export async function pushReminder(
  send: PushSender,
  reminder: PushedReminder,
  subscriptions: readonly PushSubscriptionRow[],
  outcomes: PushOutcomes,
) {
  const payload = JSON.stringify({
    title: reminder.title,
    body: "Reminder",
    url: taskPath(reminder.task_id),
    tag: `reminder:${reminder.id}`,
  });
  let delivered = 0;
  let failed = 0;
  await Promise.all(
    subscriptions.map(async (subscription) => {
      try {
        const { status } = await send(subscription, payload);
        if (status >= 200 && status < 300) {
          delivered += 1;
          outcomes.succeeded.add(subscription.id);
        } else if (isGone(status)) {
          outcomes.gone.add(subscription.id);
        } else {
          failed += 1;
          log.error("reminder push refused", { subscriptionId: subscription.id, status });
        }
      } catch (error) {
        failed += 1;
        log.error("reminder push failed", { subscriptionId: subscription.id, ...errorSummary(error) });
      }
    }),
  );
  return { delivered, failed };
}
