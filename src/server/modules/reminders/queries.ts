import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { reachableLiveTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { reminder, task } from "@/server/db/schema";
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

/**
 * The user's reminders still to deliver until `until`, of open tasks, with their titles: what the
 * open app turns into browser notifications. Includes ones already due that the cron has not sent.
 */
export function listUpcomingReminders(db: Database, userId: string, until: Date) {
  return db
    .select({ id: reminder.id, taskId: reminder.taskId, nextAt: reminder.nextAt, title: task.title })
    .from(reminder)
    .innerJoin(task, eq(task.id, reminder.taskId))
    .where(
      and(
        eq(reminder.userId, userId),
        isNull(reminder.sentAt),
        isNotNull(reminder.nextAt),
        lte(reminder.nextAt, until),
        gt(reminder.nextAt, sql`now() - interval '1 hour'`),
        isNull(task.deletedAt),
        isNull(task.completedAt),
      ),
    )
    .orderBy(asc(reminder.nextAt))
    .limit(100);
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
