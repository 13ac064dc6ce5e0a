import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import {
  bulkTaskInput,
  createTaskInput,
  listTasksInput,
  reorderTaskInput,
  setCompletedInput,
  taskIdInput,
  updateTaskInput,
} from "@/lib/schemas/task";
import { task } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { listActivity } from "./activity";
import { bulkUpdate, restore, trash } from "./bulk";
import { createTask } from "./create";
import { positionBetween, withPositionLock } from "./positions";
import { findTask, listTasks, ownedLiveTask } from "./queries";
import { completeTaskAndSubtasks, uncompleteTask } from "./recurring";
import { updateTask } from "./update";
import { bumpUpdatedAt } from "./versions";

async function foundOrThrow<T>(promise: Promise<T | null>): Promise<T> {
  const found = await promise;
  if (!found) throw notFound("Task");
  return found;
}

export const taskRouter = createTRPCRouter({
  list: protectedProcedure.input(listTasksInput).query(({ ctx, input }) => listTasks(ctx.db, ctx.user.id, input)),

  byId: protectedProcedure
    .input(taskIdInput)
    .query(({ ctx, input }) => foundOrThrow(findTask(ctx.db, ctx.user.id, input.id))),

  /** The task's history, newest first. */
  activity: protectedProcedure.input(taskIdInput).query(async ({ ctx, input }) => {
    const events = await listActivity(ctx.db, ctx.user.id, input.id);
    if (!events) throw notFound("Task");
    return events;
  }),

  create: protectedProcedure
    .input(createTaskInput)
    .mutation(({ ctx, input }) => createTask(ctx.db, ctx.user.id, input)),

  update: protectedProcedure
    .input(updateTaskInput)
    .mutation(({ ctx, input }) => updateTask(ctx.db, ctx.user.id, input)),

  /**
   * Completes (or reopens) a task. A repeating task stays open with its next due date; reopening
   * it undoes its last completion. Completing a task completes its open subtasks too.
   */
  setCompleted: protectedProcedure.input(setCompletedInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(task)
        .where(ownedLiveTask(ctx.user.id, eq(task.id, input.id)))
        .for("update");
      if (!current) throw notFound("Task");
      if (!input.completed) return uncompleteTask(tx, current);
      await completeTaskAndSubtasks(tx, current, ctx.user.timeZone);
    });
    return foundOrThrow(findTask(ctx.db, ctx.user.id, input.id));
  }),

  /** Moves the task (and its subtasks) to the trash; `restore` brings them back. */
  delete: protectedProcedure.input(taskIdInput).mutation(async ({ ctx, input }) => {
    const trashed = await trash(ctx.db, ctx.user.id, [input.id]);
    const row = trashed.find((each) => each.id === input.id);
    if (!row) throw notFound("Task");
    return row;
  }),

  restore: protectedProcedure.input(taskIdInput).mutation(async ({ ctx, input }) => {
    const [trashed] = await ctx.db
      .select({ id: task.id })
      .from(task)
      .where(and(eq(task.userId, ctx.user.id), eq(task.id, input.id), isNotNull(task.deletedAt)));
    // Restoring a task that is not in the trash changes nothing.
    if (trashed) await restore(ctx.db, ctx.user.id, [input.id]);
    return foundOrThrow(findTask(ctx.db, ctx.user.id, input.id));
  }),

  reorder: protectedProcedure.input(reorderTaskInput).mutation(async ({ ctx, input }) => {
    const moved = await withPositionLock(ctx.db, ctx.user.id, async (tx) => {
      const [updated] = await tx
        .update(task)
        .set({ position: await positionBetween(tx, ctx.user.id, input), updatedAt: bumpUpdatedAt })
        .where(ownedLiveTask(ctx.user.id, eq(task.id, input.id)))
        .returning({ id: task.id });
      return updated;
    });
    if (!moved) throw notFound("Task");
    return foundOrThrow(findTask(ctx.db, ctx.user.id, input.id));
  }),

  /** One change to many tasks (complete, move, label, priority, delete, restore), all or nothing. */
  bulk: protectedProcedure
    .input(bulkTaskInput)
    .mutation(({ ctx, input }) => bulkUpdate(ctx.db, ctx.user, input.ids, input.change)),
});
