import { z } from "zod/mini";
import { PASSWORD_MAX_LENGTH } from "./auth";

/** What the user types to confirm deleting their account, exactly. */
export const DELETE_ACCOUNT_CONFIRMATION = "delete my account";

export const deleteAccountInput = z.strictObject({
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(PASSWORD_MAX_LENGTH)),
  confirmation: z.string().check(
    z.maxLength(100),
    z.refine((value) => value === DELETE_ACCOUNT_CONFIRMATION, `Type “${DELETE_ACCOUNT_CONFIRMATION}” to confirm.`),
  ),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
