import "server-only";
import { eq, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import {
  DEFAULT_EMAIL_KINDS,
  type EmailableKind,
  NOTIFICATION_PAGE_SIZE,
  type NotificationKind,
} from "@/lib/notifications";
import type { listNotificationsInput } from "@/lib/schemas/notification";
import type { Database } from "@/server/db";
import { cappedCount } from "@/server/db/capped-count";
import { ORDER_WORDS } from "@/server/db/order-words";
import { qualified } from "@/server/db/qualified";
import { notification, notificationPreference, user } from "@/server/db/schema";
import { pendingInvitationCount } from "@/server/modules/members/my-invitations";

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  /** Who did it: "Deleted user" once their account is gone. */
  actorName: string;
  projectId: string | null;
  taskId: string | null;
  subject: string;
  excerpt: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  /** How many of all the user's notifications are unread. */
  unread: number;
  /** How many invitations into projects wait for the user's answer (invitation.list lists them). */
  invitations: number;
  /** Where the next (older) page starts; null on the last. */
  nextCursor: { createdAt: Date; id: string } | null;
}

interface Row extends Record<string, unknown> {
  id: string | null;
  kind: NotificationKind | null;
  actor_name: string | null;
  project_id: string | null;
  task_id: string | null;
  subject: string | null;
  excerpt: string | null;
  created_at: string | Date | null;
  read_at: string | Date | null;
  unread: number;
  invitations: number;
}

/** How many of the user's notifications are unread, up to COUNT_CAP (the bell's figure, "99+"): notification_unread_idx. */
export function unreadNotificationCount(userId: string | Placeholder): SQL<number> {
  return cappedCount(
    sql`select 1 from ${notification}
    where ${qualified(notification.userId)} = ${userId} and ${qualified(notification.readAt)} is null`,
  );
}

const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/**
 * The statement of a page of the user's notifications (see {@link listNotifications}), newest first as
 * notification_user_created_idx is built (ORDER_WORDS; with a bare DESC every notification was read and sorted).
 */
export function notificationsPageStatement(userId: string, cursor: { createdAt: Date; id: string } | null | undefined) {
  const after = cursor
    ? sql`and (n.created_at, n.id) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
    : sql``;
  return sql`
    with page as (
      select n.id, n.kind, coalesce(actor.name, 'Deleted user') as actor_name, n.project_id, n.task_id,
        n.subject, n.excerpt, n.created_at, n.read_at
      from ${notification} as n
      left join ${user} as actor on actor.id = n.actor_id
      where n.user_id = ${userId} ${after}
      order by n.created_at ${ORDER_WORDS.desc}, n.id ${ORDER_WORDS.desc}
      limit ${NOTIFICATION_PAGE_SIZE + 1}
    )
    select page.*, counted.unread, counted.invitations
    from (select ${unreadNotificationCount(userId)} as unread, ${pendingInvitationCount(userId)} as invitations) as counted
    left join page on true
    order by page.created_at ${ORDER_WORDS.desc}, page.id ${ORDER_WORDS.desc}`;
}

/**
 * The user's notifications, newest first, a page at a time, with the unread count and the number of
 * invitations waiting for them: one statement (the layout reads it on every page, for the bell and to
 * know whether the sidebar has invitations to list).
 */
export async function listNotifications(
  db: Database,
  userId: string,
  input: z.output<typeof listNotificationsInput>,
): Promise<NotificationPage> {
  const result = await db.execute<Row>(notificationsPageStatement(userId, input?.cursor));
  const unread = result.rows[0]?.unread ?? 0;
  const invitations = result.rows[0]?.invitations ?? 0;
  const items: NotificationItem[] = [];
  for (const row of result.rows) {
    if (!row.id || !row.kind || !row.created_at || row.subject === null) continue;
    items.push({
      id: row.id,
      kind: row.kind,
      actorName: row.actor_name ?? "Deleted user",
      projectId: row.project_id,
      taskId: row.task_id,
      subject: row.subject,
      excerpt: row.excerpt,
      createdAt: asDate(row.created_at),
      readAt: row.read_at === null ? null : asDate(row.read_at),
    });
  }
  const more = items.length > NOTIFICATION_PAGE_SIZE;
  const shown = more ? items.slice(0, NOTIFICATION_PAGE_SIZE) : items;
  const last = shown.at(-1);
  return {
    items: shown,
    unread,
    invitations,
    nextCursor: more && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** The kinds the user gets by email. */
export async function emailPreferences(db: Database, userId: string): Promise<{ email: EmailableKind[] }> {
  const [row] = await db
    .select({ emailKinds: notificationPreference.emailKinds })
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userId));
  return { email: row?.emailKinds ?? [...DEFAULT_EMAIL_KINDS] };
}
