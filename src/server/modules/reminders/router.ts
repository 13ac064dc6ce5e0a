import "server-only";
import { and, count, eq } from "drizzle-orm";
import {
  createReminderInput,
  REMINDERS_PER_TASK_MAX,
  reminderIdInput,
  reminderTaskInput,
} from "@/lib/schemas/reminder";
import type { Database } from "@/server/db";
import { reminder, task } from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";
import { ownedLiveTask } from "@/server/modules/tasks/queries";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { listTaskReminders, listUpcomingReminders } from "./queries";
import { rearmTaskReminders } from "./rearm";

/** How far ahead the open app looks for reminders to show (it asks again well before then). */
const UPCOMING_WINDOW_MS = 60 * 60 * 1000;

async function lockOwnedTask(tx: Database, userId: string, taskId: string) {
  const [found] = await tx
    .select({ id: task.id, dueDate: task.dueDate })
    .from(task)
    .where(ownedLiveTask(userId, eq(task.id, taskId)))
    .for("update");
  if (!found) throw notFound("Task");
  return found;
}

export const reminderRouter = createTRPCRouter({
  list: protectedProcedure.input(reminderTaskInput).query(async ({ ctx, input }) => {
    const [found] = await ctx.db
      .select({ id: task.id })
      .from(task)
      .where(ownedLiveTask(ctx.user.id, eq(task.id, input.taskId)));
    if (!found) throw notFound("Task");
    return listTaskReminders(ctx.db, ctx.user.id, input.taskId);
  }),

  /** The caller's reminders due within the next hour (or due and not yet sent), for in-app notifications. */
  upcoming: protectedProcedure.query(({ ctx }) =>
    listUpcomingReminders(ctx.db, ctx.user.id, new Date(Date.now() + UPCOMING_WINDOW_MS)),
  ),

  create: protectedProcedure.input(createReminderInput).mutation(async ({ ctx, input }) => {
    const id = await ctx.db.transaction(async (tx) => {
      const owned = await lockOwnedTask(tx, ctx.user.id, input.taskId);
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
            ? { userId: ctx.user.id, taskId: input.taskId, kind: "absolute", remindAt: input.absolute }
            : { userId: ctx.user.id, taskId: input.taskId, kind: "relative", minutesBefore: input.minutesBefore },
        )
        .returning({ id: reminder.id });
      if (!created) throw new Error("The insert returned no row.");
      await rearmTaskReminders(tx, input.taskId);
      return created.id;
    });
    const created = (await listTaskReminders(ctx.db, ctx.user.id, input.taskId)).find((each) => each.id === id);
    if (!created) throw notFound("Task");
    return created;
  }),

  delete: protectedProcedure.input(reminderIdInput).mutation(async ({ ctx, input }) => {
    const [deleted] = await ctx.db
      .delete(reminder)
      .where(and(eq(reminder.userId, ctx.user.id), eq(reminder.id, input.id)))
      .returning({ id: reminder.id, taskId: reminder.taskId });
    if (!deleted) throw notFound("Reminder");
    return deleted;
  }),
});
