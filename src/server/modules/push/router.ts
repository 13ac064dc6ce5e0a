import "server-only";
import { pushSubscribeInput, pushUnsubscribeInput } from "@/lib/schemas/reminder";
import { conflict } from "@/server/domain-errors";
import { vapidFromEnv } from "@/server/push/vapid";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { removeSubscription, saveSubscription } from "./subscribe";

export const pushRouter = createTRPCRouter({
  /** The key the browser subscribes with, or null when Web Push is not configured. */
  publicKey: protectedProcedure.query(() => vapidFromEnv()?.publicKey ?? null),

  /**
   * Saves this browser's subscription (an endpoint on a known push service; the input schema checks it).
   * An endpoint is one browser profile: signing in there as someone else moves it to them, so a shared
   * browser never gets the previous user's reminders; but only with the keys it was saved with.
   */
  subscribe: protectedProcedure.input(pushSubscribeInput).mutation(async ({ ctx, input }) => {
    const saved = await saveSubscription(ctx.db, ctx.user.id, input);
    if (!saved) {
      // Someone who learnt an endpoint but not the browser's keys. The answer is the same whoever holds
      // it, the caller included, so it tells nothing about other accounts.
      throw conflict("This push endpoint is already registered with other keys. Subscribe again from this browser.");
    }
    return saved;
  }),

  unsubscribe: protectedProcedure
    .input(pushUnsubscribeInput)
    .mutation(({ ctx, input }) => removeSubscription(ctx.db, ctx.user.id, input.endpoint)),
});
