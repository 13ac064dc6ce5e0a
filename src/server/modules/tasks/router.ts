import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import {
  createTaskInput,
  listTasksInput,
  reorderTaskInput,
  setCompletedInput,
  taskIdInput,
  updateTaskInput,
} from "@/lib/schemas/task";
import { task } from "@/server/db/schema";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { positionAtEnd, positionBetween, withPositionLock } from "./positions";
import { findTask, listTasks, ownedLiveTask, toTask } from "./queries";

export const TASK_CONFLICT_MESSAGE = "This task changed elsewhere — showing the latest";

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "Task not found." });

/** A new updated_at that is always later than the old one, even within the same millisecond. */
const bumpUpdatedAt = sql`greatest(date_trunc('milliseconds', now()), ${task.updatedAt} + interval '1 millisecond')`;

export const taskRouter = createTRPCRouter({
  list: protectedProcedure.input(listTasksInput).query(({ ctx, input }) => listTasks(ctx.db, ctx.user.id, input)),

  byId: protectedProcedure.input(taskIdInput).query(async ({ ctx, input }) => {
    const found = await findTask(ctx.db, ctx.user.id, input.id);
    if (!found) throw notFound();
    return found;
  }),

  /**
   * Creates a task at the end of the manual order. Idempotent for a client-made id: sending the same
   * create again (a retry after a lost response) returns the task instead of making a second one.
   */
  create: protectedProcedure.input(createTaskInput).mutation(async ({ ctx, input }) => {
    const row = await withPositionLock(ctx.db, ctx.user.id, async (tx) => {
      const [inserted] = await tx
        .insert(task)
        .values({
          id: input.id,
          userId: ctx.user.id,
          title: input.title,
          description: input.description ?? "",
          priority: input.priority ?? 4,
          dueDate: input.dueDate ?? null,
          dueTime: input.dueTime ?? null,
          position: await positionAtEnd(tx, ctx.user.id),
        })
        .onConflictDoNothing({ target: task.id })
        .returning();
      return inserted;
    });
    if (row) return toTask(row);
    const existing = input.id ? await findTask(ctx.db, ctx.user.id, input.id) : null;
    if (!existing) throw new TRPCError({ code: "CONFLICT", message: "That task id is already taken." });
    return existing;
  }),

  /** Applies the changed fields if the task is still as the client saw it (`updatedAt`); else CONFLICT. */
  update: protectedProcedure.input(updateTaskInput).mutation(async ({ ctx, input }) => {
    const { id, updatedAt, ...changes } = input;
    const [row] = await ctx.db
      .update(task)
      .set({
        ...changes,
        // Clearing the date clears the time too (a time needs a date).
        ...(changes.dueDate === null ? { dueTime: null } : {}),
        updatedAt: bumpUpdatedAt,
      })
      .where(ownedLiveTask(ctx.user.id, and(eq(task.id, id), eq(task.updatedAt, updatedAt))))
      .returning();
    if (row) return toTask(row);
    if (!(await findTask(ctx.db, ctx.user.id, id))) throw notFound();
    throw new TRPCError({ code: "CONFLICT", message: TASK_CONFLICT_MESSAGE });
  }),

  setCompleted: protectedProcedure.input(setCompletedInput).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .update(task)
      .set({
        // Completing twice keeps the first completion time.
        completedAt: input.completed ? sql`coalesce(${task.completedAt}, now())` : null,
        updatedAt: bumpUpdatedAt,
      })
      .where(ownedLiveTask(ctx.user.id, eq(task.id, input.id)))
      .returning();
    if (!row) throw notFound();
    return toTask(row);
  }),

  /** Moves the task to the trash; `restore` brings it back. */
  delete: protectedProcedure.input(taskIdInput).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .update(task)
      .set({ deletedAt: sql`now()`, updatedAt: bumpUpdatedAt })
      .where(ownedLiveTask(ctx.user.id, eq(task.id, input.id)))
      .returning({ id: task.id, deletedAt: task.deletedAt });
    if (!row) throw notFound();
    return row;
  }),

  restore: protectedProcedure.input(taskIdInput).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .update(task)
      .set({ deletedAt: null, updatedAt: bumpUpdatedAt })
      .where(and(eq(task.userId, ctx.user.id), eq(task.id, input.id), isNotNull(task.deletedAt)))
      .returning();
    if (row) return toTask(row);
    // Restoring a task that is not in the trash changes nothing.
    const found = await findTask(ctx.db, ctx.user.id, input.id);
    if (!found) throw notFound();
    return found;
  }),

  reorder: protectedProcedure.input(reorderTaskInput).mutation(async ({ ctx, input }) => {
    const row = await withPositionLock(ctx.db, ctx.user.id, async (tx) => {
      const [updated] = await tx
        .update(task)
        .set({ position: await positionBetween(tx, ctx.user.id, input), updatedAt: bumpUpdatedAt })
        .where(ownedLiveTask(ctx.user.id, eq(task.id, input.id)))
        .returning();
      return updated;
    });
    if (!row) throw notFound();
    return toTask(row);
  }),
});
