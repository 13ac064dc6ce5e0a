import { z } from "zod/mini";
import { isValidTimeZone } from "../dates";
import { timeFormats } from "../time-format";

// Shared by the sign-up/sign-in forms; Better Auth enforces the same bounds on the server.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const email = z
  .email({ error: "Enter a valid email address." })
  .check(z.maxLength(254, "That email address is too long."));

/** An IANA time zone name ("Europe/Paris"), as the browser reports it. */
export const timeZone = z
  .string()
  .check(
    z.maxLength(64, "That is not a time zone."),
    z.refine(isValidTimeZone, "Pick a time zone from the list, like Europe/Paris."),
  );

export const NAME_MAX_LENGTH = 100;

/** A person's name: sign-up, settings, and every Better Auth endpoint that takes one (checked on the server too). */
export const userName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter your name."),
    z.maxLength(NAME_MAX_LENGTH, `Use at most ${NAME_MAX_LENGTH} characters.`),
  );

/** "auto" (the browser's language), "12h" or "24h". */
export const timeFormat = z.enum(timeFormats, { error: "Pick one of the clock formats." });

export const updateAccountInput = z
  .strictObject({ name: z.optional(userName), timeZone: z.optional(timeZone), timeFormat: z.optional(timeFormat) })
  .check(
    z.refine((input) => Object.values(input).some((value) => value !== undefined), { error: "Nothing to change." }),
  );

const newPassword = z
  .string()
  .check(
    z.minLength(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`),
    z.maxLength(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  );

export const signUpSchema = z.strictObject({ name: userName, email, password: newPassword });

/** Forgot password, and "send the verification link again". */
export const emailOnlySchema = z.strictObject({ email });

export const resetPasswordSchema = z.strictObject({ password: newPassword, confirmPassword: z.string() }).check(
  z.refine((input) => input.password === input.confirmPassword, {
    error: "The two passwords differ.",
    path: ["confirmPassword"],
  }),
);

export const signInSchema = z.strictObject({
  email,
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(PASSWORD_MAX_LENGTH)),
});

/** Settings → Password; Better Auth checks the current password and the same bounds. */
export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().check(z.minLength(1, "Enter your current password."), z.maxLength(PASSWORD_MAX_LENGTH)),
    newPassword,
    /** The form's checkbox: "on" when ticked, absent otherwise. */
    revokeOtherSessions: z.optional(z.literal("on")),
  })
  .check(
    z.refine((input) => input.newPassword !== input.currentPassword, {
      error: "Choose a password different from the current one.",
      path: ["newPassword"],
    }),
  );
