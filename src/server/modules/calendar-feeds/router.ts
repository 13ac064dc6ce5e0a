import "server-only";
import { calendarFeedIdInput, createCalendarFeedInput } from "@/lib/schemas/calendar-feed";
import { browserSessionProcedure, createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from "./mutations";
import { listCalendarFeeds } from "./queries";

/**
 * Calendar feeds: secret .ics addresses calendar apps subscribe to. Making one (or a new address for one)
 * needs the browser: a leaked API token must not mint itself a read-only way in that outlives it.
 */
export const calendarFeedRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listCalendarFeeds(ctx.db, ctx.user.id)),

  /** The address is returned here only; the database keeps the token's hash. */
  create: browserSessionProcedure
    .input(createCalendarFeedInput)
    .mutation(({ ctx, input }) => createCalendarFeed(ctx.db, ctx.user.id, input.projectId ?? null)),

  revoke: protectedProcedure
    .input(calendarFeedIdInput)
    .mutation(({ ctx, input }) => revokeCalendarFeed(ctx.db, ctx.user.id, input.id)),

  /** Revokes the feed and returns a new address for the same tasks. */
  rotate: browserSessionProcedure
    .input(calendarFeedIdInput)
    .mutation(({ ctx, input }) => rotateCalendarFeed(ctx.db, ctx.user.id, input.id)),
});
