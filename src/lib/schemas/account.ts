import { z } from "zod/mini";
import { PASSWORD_MAX_LENGTH } from "./auth";

/** What the user types to confirm deleting their account, exactly. */
export const DELETE_ACCOUNT_CONFIRMATION = "delete my account";

/** The answer to deleting an account that has no password from a session older than 15 minutes. */
export const SIGN_IN_AGAIN_TO_DELETE = "For your security, sign in again before deleting your account.";

export const deleteAccountInput = z.strictObject({
  /** Required when the account has a password; one without a password needs a recent sign-in instead. */
  password: z.optional(z.string().check(z.minLength(1, "Enter your password."), z.maxLength(PASSWORD_MAX_LENGTH))),
  confirmation: z.string().check(
    z.maxLength(100),
    z.refine((value) => value === DELETE_ACCOUNT_CONFIRMATION, `Type “${DELETE_ACCOUNT_CONFIRMATION}” to confirm.`),
  ),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
