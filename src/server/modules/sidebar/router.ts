import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { readSidebar } from "./queries";

export const sidebarRouter = createTRPCRouter({
  /** What the signed-in shell shows around every page (the sidebar, the bell, the reminders), in one statement. */
  get: protectedProcedure.query(({ ctx }) => readSidebar(ctx.db, ctx.user.id, new Date())),
});
