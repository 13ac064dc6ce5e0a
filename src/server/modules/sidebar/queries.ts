import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { countValue, preparedValues } from "@/server/db/value-reads";
import { filtersRead } from "@/server/modules/filters/queries";
import { labelsRead } from "@/server/modules/labels/queries";
import { pendingInvitationCount } from "@/server/modules/members/my-invitations";
import { unreadNotificationCount } from "@/server/modules/notifications/queries";
import { inboxCountRead, projectsRead } from "@/server/modules/projects/queries";
import { upcomingRemindersRead, upcomingUntil } from "@/server/modules/reminders/queries";
import { feedHeadRead } from "@/server/modules/sync/feed";

/**
 * Everything the signed-in shell shows around a page, in ONE statement: the sidebar's projects (with their
 * open counts), the Inbox's count, the labels and the saved filters; the bell's unread count and how many
 * invitations wait (the sidebar lists them then); the next hour's reminders (the in-app notifications); and
 * the change feed's head, where the screen's live updates start (`feedHeadRead`).
 * Each part is the same read as its own procedure (`project.list`, `project.inboxCount`, `label.list`,
 * `filter.list`, `reminder.upcoming`), so the two always agree. Its values are placeholders: the statement
 * is built once per process.
 */
export function readSidebar(db: Database, userId: string, now: Date) {
  return sidebarRead(db, { userId, remindersUntil: upcomingUntil(now) });
}

const userId = sql.placeholder("userId");
const sidebarRead = preparedValues("sidebar", {
  projects: projectsRead(userId),
  inboxCount: inboxCountRead(userId),
  labels: labelsRead(userId),
  filters: filtersRead(userId),
  reminders: upcomingRemindersRead(userId, sql.placeholder("remindersUntil")),
  unreadNotifications: countValue(unreadNotificationCount(userId)),
  waitingInvitations: countValue(pendingInvitationCount(userId)),
  feedHead: feedHeadRead,
});

export type Sidebar = Awaited<ReturnType<typeof readSidebar>>;
