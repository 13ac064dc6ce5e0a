import "server-only";
import { inArray, sql } from "drizzle-orm";
import { taskPath } from "@/lib/task-url";
import type { Database } from "@/server/db";
import { type PushSubscriptionRow, pushSubscription } from "@/server/db/schema";
import { errorSummary, log } from "@/server/log";
import type { PushSender } from "@/server/push/send";

interface DueReminder {
  id: string;
  task_id: string;
  user_id: string;
  title: string;
}

/** The push service's word that a subscription is gone for good (RFC 8030). */
const isGone = (status: number) => status === 404 || status === 410;

/**
 * Pushes each reminder to every subscription of its owner, all in parallel; a subscription the
 * push service says is gone is deleted, one that took a push gets its `last_success_at`.
 */
export async function pushToUsers(
  db: Database,
  send: PushSender,
  reminders: readonly DueReminder[],
  subscriptions: readonly PushSubscriptionRow[],
) {
  const gone = new Set<string>();
  const succeeded = new Set<string>();
  let delivered = 0;
  let failed = 0;
  const sends = reminders.flatMap((reminder) =>
    subscriptions
      .filter((subscription) => subscription.userId === reminder.user_id)
      .map(async (subscription) => {
        const payload = JSON.stringify({
          title: reminder.title,
          body: "Reminder",
          url: taskPath(reminder.task_id),
          tag: `reminder:${reminder.id}`,
        });
        try {
          const { status } = await send(subscription, payload);
          if (status >= 200 && status < 300) {
            delivered += 1;
            succeeded.add(subscription.id);
          } else {
            failed += 1;
            if (isGone(status)) gone.add(subscription.id);
            else log.error("reminder push refused", { subscriptionId: subscription.id, status });
          }
        } catch (error) {
          failed += 1;
          log.error("reminder push failed", { subscriptionId: subscription.id, ...errorSummary(error) });
        }
      }),
  );
  await Promise.all(sends);
  if (gone.size) await db.delete(pushSubscription).where(inArray(pushSubscription.id, [...gone]));
  const alive = [...succeeded].filter((id) => !gone.has(id));
  if (alive.length) {
    await db.update(pushSubscription).set({ lastSuccessAt: sql`now()` }).where(inArray(pushSubscription.id, alive));
  }
  return { delivered, failed, expired: gone.size };
}
