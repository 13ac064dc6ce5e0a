import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { label, project, reminder, task } from "@/server/db/schema";

export interface DemoCounts {
  projects: number;
  labels: number;
  tasks: number;
  subtasks: number;
  completed: number;
  recurring: number;
  /** Open tasks due before `today`. */
  overdue: number;
  /** Open tasks due on `today`. */
  dueToday: number;
  reminders: number;
}

/** What a user has, for the seed's summary: live (not trashed) tasks; `today` in the user's zone. */
export async function countUserContent(db: Database, userId: string, today: string): Promise<DemoCounts> {
  const open = sql`${task.completedAt} is null`;
  const [tasks] = await db
    .select({
      tasks: count(),
      subtasks: count(task.parentId),
      completed: count(task.completedAt),
      recurring: count(task.recurrenceRule),
      overdue: sql<number>`count(*) filter (where ${open} and ${task.dueDate} < ${today})`.mapWith(Number),
      dueToday: sql<number>`count(*) filter (where ${open} and ${task.dueDate} = ${today})`.mapWith(Number),
    })
    .from(task)
    .where(and(eq(task.userId, userId), isNull(task.deletedAt)));
  const [projects] = await db.select({ n: count() }).from(project).where(eq(project.userId, userId));
  const [labels] = await db.select({ n: count() }).from(label).where(eq(label.userId, userId));
  const [reminders] = await db.select({ n: count() }).from(reminder).where(eq(reminder.userId, userId));
  if (!tasks) throw new Error("count(*) returned no row");
  return { ...tasks, projects: projects?.n ?? 0, labels: labels?.n ?? 0, reminders: reminders?.n ?? 0 };
}
