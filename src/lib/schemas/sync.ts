import { z } from "zod/mini";

/** `sync.changes`: where to resume (tRPC fills it from the last `tracked` event id on reconnection). */
export const changesInput = z.optional(
  z.object({
    lastEventId: z.nullish(z.string().check(z.maxLength(32))),
  }),
);
