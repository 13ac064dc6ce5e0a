import { z } from "zod/mini";

export const sessionIdInput = z.strictObject({ id: z.uuid("That session does not exist.") });
