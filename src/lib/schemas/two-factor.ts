import { z } from "zod/mini";
import { PASSWORD_MAX_LENGTH } from "./auth";

/** What the code field takes as typed: 6 digits, and the space some apps show between the halves ("123 456"). */
export const TOTP_CODE_TYPED_MAX = 7;

/** What an authenticator app shows: 6 digits. Spaces typed or pasted in between are dropped. */
export const totpCode = z.string().check(
  z.overwrite((value) => value.replace(/\s/g, "")),
  z.regex(/^\d{6}$/, "Enter the 6 digits from your authenticator app."),
);

/** A backup code as typed: "abcde-12345", with room for a space pasted around it. */
export const BACKUP_CODE_TYPED_MAX = 12;

/**
 * A backup code as we hand it out ("abcde-12345"). It is compared as typed (after hashing),
 * so one typed without its dash gets it back.
 */
export const backupCode = z.string().check(
  z.overwrite((value) => {
    const compact = value.replace(/[\s-]/g, "");
    return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : value.trim();
  }),
  z.regex(/^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/, "Enter one of your backup codes, like abcde-12345."),
);

/** A checkbox in FormData: "on" when ticked, absent otherwise. */
const trustDevice = z.optional(z.literal("on"));

export const totpChallengeSchema = z.strictObject({ code: totpCode, trustDevice });
export const backupCodeChallengeSchema = z.strictObject({ code: backupCode, trustDevice });

/** Settings actions that need the password again (turn on, turn off, new backup codes). */
export const confirmPasswordSchema = z.strictObject({
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(PASSWORD_MAX_LENGTH)),
});

export const confirmTotpSchema = z.strictObject({ code: totpCode });
