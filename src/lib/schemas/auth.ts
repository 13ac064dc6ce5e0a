import { z } from "zod";

// Shared by the sign-up/sign-in forms; Better Auth enforces the same bounds on the server.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const email = z.email({ error: "Enter a valid email address." }).max(254, "That email address is too long.");

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    email,
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  })
  .strict();

export const signInSchema = z
  .object({
    email,
    password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
  })
  .strict();

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
