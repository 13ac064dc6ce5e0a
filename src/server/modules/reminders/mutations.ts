import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { z } from "zod/mini";
import { type createReminderInput, REMINDERS_PER_TASK_MAX } from "@/lib/schemas/reminder";
import { reachableLiveTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { reminder, task } from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";
import { listTaskReminders } from "./queries";
import { rearmTaskReminders } from "./rearm";

async function lockOwnedTask(tx: Database, userId: string, taskId: string) {
  const [found] = await tx
    .select({ id: task.id, dueDate: task.dueDate })
    .from(task)
    .where(reachableLiveTask(userId, eq(task.id, taskId)))
    .for("update");
  if (!found) throw notFound("Task");
  return found;
}

/** A reminder on one of the user's live tasks (a relative one needs a due date), at most a few per task. */
export async function createReminder(db: Database, userId: string, input: z.output<typeof createReminderInput>) {
  const id = await db.transaction(async (tx) => {
    const owned = await lockOwnedTask(tx, userId, input.taskId);
    if ("minutesBefore" in input && !owned.dueDate) {
      throw invalid("Give the task a due date before reminding ahead of it.");
    }
    const [{ existing } = { existing: 0 }] = await tx
      .select({ existing: count() })
      .from(reminder)
      .where(eq(reminder.taskId, input.taskId));
    if (existing >= REMINDERS_PER_TASK_MAX) {
      throw invalid(`A task can have at most ${REMINDERS_PER_TASK_MAX} reminders.`);
    }
    const [created] = await tx
      .insert(reminder)
      .values(
        "absolute" in input
          ? { userId, taskId: input.taskId, kind: "absolute", remindAt: input.absolute }
          : { userId, taskId: input.taskId, kind: "relative", minutesBefore: input.minutesBefore },
      )
      .returning({ id: reminder.id });
    if (!created) throw new Error("The insert returned no row.");
    await rearmTaskReminders(tx, input.taskId);
    return created.id;
  });
  const created = (await listTaskReminders(db, userId, input.taskId)).find((each) => each.id === id);
  if (!created) throw notFound("Task");
  return created;
}

export async function deleteReminder(db: Database, userId: string, id: string) {
  const [deleted] = await db
    .delete(reminder)
    .where(and(eq(reminder.userId, userId), eq(reminder.id, id)))
    .returning({ id: reminder.id, taskId: reminder.taskId });
  if (!deleted) throw notFound("Reminder");
  return deleted;
}
