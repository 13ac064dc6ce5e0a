import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import { emailableKinds } from "@/lib/notifications";
import type { markNotificationsReadInput, notificationPreferencesInput } from "@/lib/schemas/notification";
import type { Database } from "@/server/db";
import { notification, notificationPreference } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

/**
 * Marks the user's notifications `ids` read; how many were unread. NOT_FOUND, changing nothing, when any
 * id is not one of theirs (gone, or someone else's: which, it does not say).
 */
export async function markRead(db: Database, userId: string, input: z.output<typeof markNotificationsReadInput>) {
  const ids = [...new Set(input.ids)];
  return db.transaction(async (tx) => {
    const mine = await tx
      .select({ id: notification.id, readAt: notification.readAt })
      .from(notification)
      .where(and(eq(notification.userId, userId), inArray(notification.id, ids)))
      .for("update");
    if (mine.length !== ids.length) throw notFound("Notification");
    const unread = mine.filter((row) => row.readAt === null).map((row) => row.id);
    if (unread.length > 0) {
      await tx.update(notification).set({ readAt: sql`now()` }).where(inArray(notification.id, unread));
    }
    return { marked: unread.length };
  });
}

/** Marks all the user's notifications read. */
export async function markAllRead(db: Database, userId: string) {
  const changed = await db
    .update(notification)
    .set({ readAt: sql`now()` })
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return { marked: changed.length };
}

/** Chooses which kinds also come by email (in Settings' order, whatever order they were sent in). */
export async function setEmailPreferences(
  db: Database,
  userId: string,
  input: z.output<typeof notificationPreferencesInput>,
) {
  const email = emailableKinds.filter((kind) => input.email.includes(kind));
  await db
    .insert(notificationPreference)
    .values({ userId, emailKinds: email })
    .onConflictDoUpdate({ target: notificationPreference.userId, set: { emailKinds: email } });
  return { email };
}

/** Someone who leaves a project, or is removed from it, keeps no notification about it or its tasks. */
export async function forgetProjectNotifications(tx: Database, projectId: string, userId: string) {
  await tx.delete(notification).where(and(eq(notification.projectId, projectId), eq(notification.userId, userId)));
}

/** An invitation answered (accepted or declined) leaves nothing to do in the inbox. */
export async function markInvitationRead(tx: Database, projectId: string, userId: string) {
  await tx
    .update(notification)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notification.projectId, projectId),
        eq(notification.userId, userId),
        eq(notification.kind, "invited"),
        isNull(notification.readAt),
      ),
    );
}

/** How long a read notification is kept; unread ones stay until read. */
export const READ_NOTIFICATION_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/** Deletes notifications read more than READ_NOTIFICATION_RETENTION_MS ago (the daily cleanup); how many went. */
export async function pruneReadNotifications(db: Database, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - READ_NOTIFICATION_RETENTION_MS).toISOString();
  const result = await db.execute<{ deleted: number }>(sql`
    with gone as (delete from ${notification} where ${notification.readAt} < ${cutoff} returning 1)
    select count(*)::int as deleted from gone`);
  return result.rows[0]?.deleted ?? 0;
}
