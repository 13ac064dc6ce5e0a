import "server-only";
import {
  listNotificationsInput,
  markNotificationsReadInput,
  notificationPreferencesInput,
} from "@/lib/schemas/notification";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { markAllRead, markRead, setEmailPreferences } from "./mutations";
import { emailPreferences, listNotifications } from "./queries";

export const notificationRouter = createTRPCRouter({
  /** The bell's inbox: newest first, a page at a time, with the unread count (up to COUNT_CAP: 100 means "100 or more"). */
  list: protectedProcedure
    .input(listNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),

  markRead: protectedProcedure
    .input(markNotificationsReadInput)
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.user.id, input)),

  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.user.id)),

  /** Which kinds also come by email. */
  preferences: protectedProcedure.query(({ ctx }) => emailPreferences(ctx.db, ctx.user.id)),

  setPreferences: protectedProcedure
    .input(notificationPreferencesInput)
    .mutation(({ ctx, input }) => setEmailPreferences(ctx.db, ctx.user.id, input)),
});
