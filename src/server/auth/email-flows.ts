import "server-only";
import { env } from "@/env";
import { resetPasswordEmail, verificationEmail } from "@/server/email/messages";
import { sendEmail } from "@/server/email/send";
import { baseURL } from "./urls";

// Better Auth's verification and password-reset options: what it sends, where the links lead, how long they work.

const VERIFICATION_EXPIRES_IN = 60 * 60 * 24; // 24 hours
const RESET_PASSWORD_EXPIRES_IN = 60 * 60; // 1 hour, single use

/** Better Auth verifies, then redirects to our result page (with `&error=…` when the link is bad). */
export function verifyEmailLink(token: string): string {
  const callbackURL = encodeURIComponent("/verify-email?status=verified");
  return `${baseURL}/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${callbackURL}`;
}

/** Straight to our form, which posts the token to /api/auth/reset-password. */
export function resetPasswordLink(token: string): string {
  return `${baseURL}/reset-password?token=${encodeURIComponent(token)}`;
}

export const emailVerificationOptions = {
  // Sent on sign-up even when not required, so the address can be confirmed later.
  sendOnSignUp: true,
  // When required, signing in unverified sends a fresh link.
  sendOnSignIn: true,
  autoSignInAfterVerification: true,
  expiresIn: VERIFICATION_EXPIRES_IN,
  sendVerificationEmail: async ({ user, token }: { user: { email: string; name: string }; token: string }) => {
    await sendEmail(verificationEmail(user, verifyEmailLink(token)));
  },
};

export const passwordEmailOptions = {
  requireEmailVerification: env.EMAIL_VERIFICATION_REQUIRED,
  resetPasswordTokenExpiresIn: RESET_PASSWORD_EXPIRES_IN,
  revokeSessionsOnPasswordReset: true,
  sendResetPassword: async ({ user, token }: { user: { email: string; name: string }; token: string }) => {
    await sendEmail(resetPasswordEmail(user, resetPasswordLink(token)));
  },
};
