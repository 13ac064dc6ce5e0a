import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { pushSubscribeInput, pushUnsubscribeInput } from "@/lib/schemas/reminder";
import { pushSubscription } from "@/server/db/schema";
import { vapidFromEnv } from "@/server/push/vapid";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";

export const pushRouter = createTRPCRouter({
  /** The key the browser subscribes with, or null when Web Push is not configured. */
  publicKey: protectedProcedure.query(() => vapidFromEnv()?.publicKey ?? null),

  /**
   * Saves this browser's subscription. An endpoint is one browser profile: signing in there as someone
   * else moves it to them, so a shared browser never gets the previous user's reminders.
   */
  subscribe: protectedProcedure.input(pushSubscribeInput).mutation(async ({ ctx, input }) => {
    const values = {
      userId: ctx.user.id,
      endpoint: input.endpoint,
      p256dh: input.keys.p256dh,
      auth: input.keys.auth,
      userAgent: input.userAgent ?? null,
    };
    const [saved] = await ctx.db
      .insert(pushSubscription)
      .values(values)
      .onConflictDoUpdate({ target: pushSubscription.endpoint, set: values })
      .returning({ id: pushSubscription.id, endpoint: pushSubscription.endpoint });
    return saved;
  }),

  unsubscribe: protectedProcedure.input(pushUnsubscribeInput).mutation(async ({ ctx, input }) => {
    const [removed] = await ctx.db
      .delete(pushSubscription)
      .where(and(eq(pushSubscription.userId, ctx.user.id), eq(pushSubscription.endpoint, input.endpoint)))
      .returning({ id: pushSubscription.id });
    if (!removed) throw new TRPCError({ code: "NOT_FOUND", message: "Subscription not found." });
    return removed;
  }),
});
