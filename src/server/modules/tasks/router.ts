import "server-only";
import { calendarRangeInput, moveOccurrenceInput, restoreOccurrenceInput } from "@/lib/schemas/calendar";
import {
  bulkTaskInput,
  createTaskInput,
  listCompletionsInput,
  listTasksInput,
  reorderTaskInput,
  setCompletedInput,
  taskIdInput,
  updateTaskInput,
} from "@/lib/schemas/task";
import { notifyingProcedure } from "@/server/modules/notifications/procedure";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { listActivity } from "./activity";
import { bulkUpdate } from "./bulk";
import { calendarTasks } from "./calendar";
import { listCompletions } from "./completions";
import { createTask } from "./create";
import { reorderTask, restoreTask, setTaskCompleted, trashTask } from "./mutations";
import { moveOccurrence, restoreOccurrence } from "./occurrences";
import { listTasks, taskById } from "./queries";
import { updateTask } from "./update";

export const taskRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listTasksInput)
    .query(({ ctx, input }) => listTasks(ctx.db, ctx.user.id, input, ctx.user.timeZone)),

  /**
   * Completed: completed tasks and the completed occurrences of repeating ones, newest first. Its own
   * procedure: its rows are completion events (a repeating task appears once per completion), not tasks.
   */
  completed: protectedProcedure
    .input(listCompletionsInput)
    .query(({ ctx, input }) => listCompletions(ctx.db, ctx.user.id, input)),

  /** The calendar's days from `from` to `to`: tasks due then, repeating tasks' occurrences, and the unscheduled ones. */
  calendar: protectedProcedure
    .input(calendarRangeInput)
    .query(({ ctx, input }) => calendarTasks(ctx.db, ctx.user, input)),

  /** "This one": one occurrence of a repeating task moved to another day, as a task of its own. */
  moveOccurrence: notifyingProcedure
    .input(moveOccurrenceInput)
    .mutation(({ ctx, input }) => moveOccurrence(ctx.db, ctx.user, input)),

  /** Undo of moveOccurrence. */
  restoreOccurrence: notifyingProcedure
    .input(restoreOccurrenceInput)
    .mutation(({ ctx, input }) => restoreOccurrence(ctx.db, ctx.user, input)),

  byId: protectedProcedure.input(taskIdInput).query(({ ctx, input }) => taskById(ctx.db, ctx.user.id, input.id)),

  /** The task's history, newest first. */
  activity: protectedProcedure
    .input(taskIdInput)
    .query(({ ctx, input }) => listActivity(ctx.db, ctx.user.id, input.id)),

  create: notifyingProcedure
    .input(createTaskInput)
    .mutation(({ ctx, input }) => createTask(ctx.db, ctx.user.id, input)),

  update: notifyingProcedure
    .input(updateTaskInput)
    .mutation(({ ctx, input }) => updateTask(ctx.db, ctx.user.id, input)),

  /** Completes (or reopens) a task: see {@link setTaskCompleted}. */
  setCompleted: notifyingProcedure
    .input(setCompletedInput)
    .mutation(({ ctx, input }) => setTaskCompleted(ctx.db, ctx.user, input)),

  /** Moves the task (and its subtasks) to the trash; `restore` brings them back. */
  delete: protectedProcedure.input(taskIdInput).mutation(({ ctx, input }) => trashTask(ctx.db, ctx.user.id, input.id)),

  restore: protectedProcedure
    .input(taskIdInput)
    .mutation(({ ctx, input }) => restoreTask(ctx.db, ctx.user.id, input.id)),

  reorder: protectedProcedure
    .input(reorderTaskInput)
    .mutation(({ ctx, input }) => reorderTask(ctx.db, ctx.user.id, input)),

  /** One change to many tasks (complete, move, label, priority, delete, restore), all or nothing. */
  bulk: notifyingProcedure
    .input(bulkTaskInput)
    .mutation(({ ctx, input }) => bulkUpdate(ctx.db, ctx.user, input.ids, input.change)),
});
