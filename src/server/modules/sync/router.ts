import "server-only";
import { tracked } from "@trpc/server";
import { changesInput } from "@/lib/schemas/sync";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { changeHub } from "./process-hub";
import { changeStream } from "./stream";

export const syncRouter = createTRPCRouter({
  /** The signed-in user's changes as they happen, over SSE; resumable from the last event id. */
  changes: protectedProcedure.input(changesInput).subscription(async function* ({ ctx, input, signal }) {
    const stream = changeStream({
      db: ctx.db,
      hub: changeHub(),
      userId: ctx.user.id,
      lastEventId: input?.lastEventId,
      signal,
    });
    for await (const { id, event } of stream) yield tracked(id, event);
  }),
});
