import "server-only";
import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import { PUSH_SUBSCRIPTIONS_PER_USER_MAX } from "@/lib/schemas/reminder-limits";
import type { Database } from "@/server/db";
import { pushSubscription, user } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

interface SubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  userAgent?: string | undefined;
}

/**
 * Saves a subscription for `userId`, then drops their oldest beyond PUSH_SUBSCRIPTIONS_PER_USER_MAX.
 * An endpoint already saved (by anyone) is updated, and moved to `userId`, only when the same keys come
 * with it: the browser holding the subscription has them, someone who merely learnt the URL does not.
 * Answers null when the keys differ. The user's row is locked first, so concurrent subscribes of one user
 * count one after the other and the cap holds.
 */
export async function saveSubscription(db: Database, userId: string, input: SubscriptionInput) {
  return db.transaction(async (tx) => {
    await tx.select({ id: user.id }).from(user).where(eq(user.id, userId)).for("update");
    const [saved] = await tx
      .insert(pushSubscription)
      .values({
        userId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        userAgent: input.userAgent ?? null,
      })
      .onConflictDoUpdate({
        target: pushSubscription.endpoint,
        set: {
          userId,
          userAgent: input.userAgent ?? null,
          // Moved to another user: their newest browser, not the first one the cap drops.
          createdAt: sql`case when ${pushSubscription.userId} = ${userId} then ${pushSubscription.createdAt} else now() end`,
        },
        setWhere: sql`${pushSubscription.p256dh} = ${input.keys.p256dh} and ${pushSubscription.auth} = ${input.keys.auth}`,
      })
      .returning({ id: pushSubscription.id, endpoint: pushSubscription.endpoint });
    if (!saved) return null;

    const kept = tx
      .select({ id: pushSubscription.id })
      .from(pushSubscription)
      .where(eq(pushSubscription.userId, userId))
      .orderBy(
        sql`${pushSubscription.id} = ${saved.id} desc`,
        desc(pushSubscription.createdAt),
        desc(pushSubscription.id),
      )
      .limit(PUSH_SUBSCRIPTIONS_PER_USER_MAX);
    await tx
      .delete(pushSubscription)
      .where(and(eq(pushSubscription.userId, userId), notInArray(pushSubscription.id, kept)));
    return saved;
  });
}

/** Removes the user's subscription of `endpoint` (this browser stops getting their reminders). */
export async function removeSubscription(db: Database, userId: string, endpoint: string) {
  const [removed] = await db
    .delete(pushSubscription)
    .where(and(eq(pushSubscription.userId, userId), eq(pushSubscription.endpoint, endpoint)))
    .returning({ id: pushSubscription.id });
  if (!removed) throw notFound("Subscription");
  return removed;
}
