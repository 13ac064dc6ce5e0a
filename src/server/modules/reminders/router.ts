import "server-only";
import { createReminderInput, reminderIdInput, reminderTaskInput } from "@/lib/schemas/reminder";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createReminder, deleteReminder } from "./mutations";
import { listUpcomingReminders, remindersOfTask } from "./queries";

export const reminderRouter = createTRPCRouter({
  list: protectedProcedure
    .input(reminderTaskInput)
    .query(({ ctx, input }) => remindersOfTask(ctx.db, ctx.user.id, input.taskId)),

  /** The caller's reminders due within the next hour (or due and not yet sent), for in-app notifications. */
  upcoming: protectedProcedure.query(({ ctx }) => listUpcomingReminders(ctx.db, ctx.user.id, new Date())),

  create: protectedProcedure
    .input(createReminderInput)
    .mutation(({ ctx, input }) => createReminder(ctx.db, ctx.user.id, input)),

  delete: protectedProcedure
    .input(reminderIdInput)
    .mutation(({ ctx, input }) => deleteReminder(ctx.db, ctx.user.id, input.id)),
});
