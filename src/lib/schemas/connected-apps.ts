import { z } from "zod/mini";

/** A connected app (an OAuth client the user allowed), named by its client id. */
export const connectedAppInput = z.strictObject({
  clientId: z.string().check(z.minLength(1), z.maxLength(200)),
});
