import "server-only";
import { changesInput } from "@/lib/schemas/sync";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { changeHub } from "./process-hub";
import { changeStream } from "./stream";

export const syncRouter = createTRPCRouter({
  /** The signed-in user's changes as they happen, over SSE; resumable from the last event id. */
  changes: protectedProcedure.input(changesInput).subscription(({ ctx, input, signal }) =>
    changeStream({ db: ctx.db, hub: changeHub(), userId: ctx.user.id, lastEventId: input?.lastEventId, signal }),
  ),
});
