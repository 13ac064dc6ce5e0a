import "server-only";
import { errorSummary, log } from "@/server/log";
import { protectedProcedure } from "@/server/trpc/init";
import { deliverNotificationEmails } from "./deliver";

/**
 * A procedure whose change may notify someone (assigning, completing, commenting, inviting, joining):
 * once it has committed, the notification emails it queued are sent. Whatever a send leaves behind
 * (failed, or past one delivery's share) goes with the next notifying change or the daily cleanup. A
 * failed email never fails the change.
 */
export const notifyingProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) {
    await deliverNotificationEmails(ctx.db).catch((error: unknown) =>
      log.error("notification emails not delivered", errorSummary(error)),
    );
  }
  return result;
});
