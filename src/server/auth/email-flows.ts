import "server-only";
import type { GenericEndpointContext } from "better-auth";
import { eq } from "drizzle-orm";
import { decodeJwt } from "jose";
import { env } from "@/env";
import { db } from "@/server/db";
import { user } from "@/server/db/schema";
import {
  changeEmailEmail,
  emailChangedEmail,
  existingAccountEmail,
  magicLinkEmail,
  noAccountEmail,
  resetPasswordEmail,
  verificationEmail,
} from "@/server/email/messages";
import { sendEmail } from "@/server/email/send";
import { log } from "@/server/log";
import { countEmailTo, sentOnTheSide } from "./account-limits";
import { baseURL } from "./urls";

// Better Auth's verification and password-reset options: what it sends, where the links lead, how long they work.

const VERIFICATION_EXPIRES_IN = 60 * 60 * 24; // 24 hours
const RESET_PASSWORD_EXPIRES_IN = 60 * 60; // 1 hour, single use
const MAGIC_LINK_EXPIRES_IN = 5 * 60; // 5 minutes, single use

/** Better Auth verifies, then redirects to our result page (with `&error=…` when the link is bad). */
export function verifyEmailLink(token: string, then = "/verify-email?status=verified"): string {
  const callbackURL = encodeURIComponent(then);
  return `${baseURL}/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${callbackURL}`;
}

/** Straight to our form, which posts the token to /api/auth/reset-password. */
export function resetPasswordLink(token: string): string {
  return `${baseURL}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * Where a sign-up's verification link leads: back into an MCP client's authorization when the account was
 * created in the middle of one (the sign-up form asks for it), else our result page.
 */
export function afterVerification(betterAuthUrl: string): string | undefined {
  const requested = new URL(betterAuthUrl).searchParams.get("callbackURL");
  return requested?.startsWith("/api/auth/oauth2/authorize?") ? requested : undefined;
}

export const emailVerificationOptions = {
  // Sent on sign-up even when not required, so the address can be confirmed later.
  sendOnSignUp: true,
  // When required, signing in unverified sends a fresh link.
  sendOnSignIn: true,
  autoSignInAfterVerification: true,
  expiresIn: VERIFICATION_EXPIRES_IN,
  sendVerificationEmail: async (
    {
      user,
      url,
      token,
    }: {
      user: { email: string };
      url: string;
      token: string;
    },
    request?: Request,
  ) => {
    if (sentOnTheSide(request) && !(await countEmailTo(user.email)).ok) {
      log.warn("verification email not sent: too many to this address this hour");
      return;
    }
    // The same token signs a change of address (sent to the new one): its payload says which.
    if (decodeJwt(token).requestType === "change-email-verification") {
      await sendEmail(changeEmailEmail(user, verifyEmailLink(token, "/settings?email=changed")));
    } else {
      await sendEmail(verificationEmail(user, verifyEmailLink(token, afterVerification(url))));
    }
  },
};

export const passwordEmailOptions = {
  requireEmailVerification: env.EMAIL_VERIFICATION_REQUIRED,
  resetPasswordTokenExpiresIn: RESET_PASSWORD_EXPIRES_IN,
  revokeSessionsOnPasswordReset: true,
  // With verification required, signing up with an address that has an account answers as for a new one
  // (Better Auth's own rule: no session either way); its owner is told instead.
  onExistingUserSignUp: async ({ user }: { user: { email: string } }) => {
    await sendEmail(existingAccountEmail(user, `${baseURL}/sign-in`, `${baseURL}/forgot-password`));
  },
  sendResetPassword: async ({ user, token }: { user: { email: string }; token: string }) => {
    await sendEmail(resetPasswordEmail(user, resetPasswordLink(token)));
  },
};

/** Changing the address sends the link to the new one; the account keeps the old address until it is opened. */
export const changeEmailOptions = { enabled: true };

export const magicLinkOptions = {
  expiresIn: MAGIC_LINK_EXPIRES_IN,
  // The verification table holds a SHA-256 of the token (verification.storeIdentifier in auth.ts).
  // Accounts are made on the sign-up page; a link for an unknown address says so instead of failing.
  disableSignUp: true,
  sendMagicLink: async ({ email, url }: { email: string; url: string }, ctx?: GenericEndpointContext) => {
    const send = async () => {
      const [account] = await db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
      await sendEmail(account ? magicLinkEmail(email, url) : noAccountEmail(email, `${baseURL}/sign-up`));
    };
    // Like the reset and verification mails: after the response when real mail is configured.
    await (ctx ? ctx.context.runInBackgroundOrAwait(send()) : send());
  },
};

/**
 * Tells the old address when a change of address went through: whoever took over the account
 * (a stolen session) would otherwise have moved it away silently. The old address is in the
 * confirmation link's token, which this update is the result of.
 */
export async function noticeToOldAddress(
  updated: { email: string },
  ctx: GenericEndpointContext | null,
): Promise<void> {
  if (ctx?.path !== "/verify-email") return;
  const token: unknown = ctx.query?.token;
  if (typeof token !== "string") return;
  const claims = decodeJwt(token);
  if (claims.requestType !== "change-email-verification" || typeof claims.email !== "string") return;
  if (claims.email === updated.email) return;
  const send = sendEmail(emailChangedEmail(claims.email, updated.email, `${baseURL}/forgot-password`));
  await ctx.context.runInBackgroundOrAwait(send);
}
