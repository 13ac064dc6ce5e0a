import "server-only";
import { and, asc, eq, type Placeholder, sql } from "drizzle-orm";
import { reachableLiveTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { reminder, task } from "@/server/db/schema";
import { jsonRows, readValue } from "@/server/db/value-reads";
import { notFound } from "@/server/domain-errors";

const reminderColumns = {
  id: reminder.id,
  taskId: reminder.taskId,
  kind: reminder.kind,
  remindAt: reminder.remindAt,
  minutesBefore: reminder.minutesBefore,
  nextAt: reminder.nextAt,
  sentAt: reminder.sentAt,
  createdAt: reminder.createdAt,
};

/** A task's reminders, the next one first (those with nothing to deliver last). */
export function listTaskReminders(db: Database, userId: string, taskId: string) {
  return db
    .select(reminderColumns)
    .from(reminder)
    .where(and(eq(reminder.userId, userId), eq(reminder.taskId, taskId)))
    .orderBy(sql`${reminder.nextAt} asc nulls last`, asc(reminder.createdAt), asc(reminder.id));
}

export type Reminder = Awaited<ReturnType<typeof listTaskReminders>>[number];

/** How far ahead the open app looks for reminders to show (it asks again well before then). */
const UPCOMING_WINDOW_MS = 60 * 60 * 1000;

/** The end of the window the open app looks at from `now` (an instant, as text), for {@link upcomingRemindersRead}. */
export function upcomingUntil(now: Date): string {
  return new Date(now.getTime() + UPCOMING_WINDOW_MS).toISOString();
}

/**
 * The user's reminders still to deliver until `until` ({@link upcomingUntil}: the hour after now), of open
 * tasks, with their titles: what the open app turns into browser notifications. Includes ones already due
 * that the cron has not sent. One value: `reminder.upcoming` alone, the sidebar's read with the others.
 */
export function upcomingRemindersRead(userId: string | Placeholder, until: string | Placeholder) {
  return jsonRows(
    { id: reminder.id, taskId: reminder.taskId, nextAt: reminder.nextAt, title: task.title },
    sql`from ${reminder} inner join ${task} on ${qualified(task.id)} = ${qualified(reminder.taskId)}
      where ${qualified(reminder.userId)} = ${userId} and ${qualified(reminder.sentAt)} is null
        and ${qualified(reminder.nextAt)} <= ${until}::timestamptz
        and ${qualified(reminder.nextAt)} > now() - interval '1 hour'
        and ${qualified(task.deletedAt)} is null and ${qualified(task.completedAt)} is null
      order by ${qualified(reminder.nextAt)}, ${qualified(reminder.id)}
      limit 100`,
  );
}

export function listUpcomingReminders(db: Database, userId: string, now: Date) {
  return readValue(db, upcomingRemindersRead(userId, upcomingUntil(now)));
}

/** The reminders of one of the user's live tasks; NOT_FOUND when the task is not theirs. */
export async function remindersOfTask(db: Database, userId: string, taskId: string) {
  const [found] = await db
    .select({ id: task.id })
    .from(task)
    .where(reachableLiveTask(userId, eq(task.id, taskId)));
  if (!found) throw notFound("Task");
  return listTaskReminders(db, userId, taskId);
}
