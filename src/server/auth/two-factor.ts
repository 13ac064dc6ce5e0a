import "server-only";
import { createHash } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { twoFactor } from "better-auth/plugins";
import { and, eq, lt } from "drizzle-orm";
import { db } from "@/server/db";
import { usedTotpCode } from "@/server/db/schema";

// Two-factor authentication: Better Auth's TOTP and backup codes, plus what it leaves out:
// backup codes kept only as hashes, and a TOTP code accepted once only.

const TOTP_PERIOD_SECONDS = 30;
/** Better Auth accepts the codes of one period either side of now: a code stays valid for up to 3 periods. */
const TOTP_CODE_LIFETIME_MS = 3 * TOTP_PERIOD_SECONDS * 1000;
/** Consecutive wrong codes (across challenges) before the account's challenge locks. */
export const TWO_FACTOR_MAX_FAILURES = 5;
export const TWO_FACTOR_LOCK_SECONDS = 15 * 60;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const isHash = (value: string) => /^[0-9a-f]{64}$/.test(value);

/** Backup codes are stored as SHA-256 hashes; the plugin compares them with the hash of what was typed. */
const hashedBackupCodes = {
  encrypt: async (json: string) =>
    JSON.stringify((JSON.parse(json) as string[]).map((code) => (isHash(code) ? code : sha256(code)))),
  decrypt: async (stored: string) => stored,
};

export const twoFactorPlugin = twoFactor({
  issuer: "Tasklane",
  totpOptions: { period: TOTP_PERIOD_SECONDS, digits: 6 },
  backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: hashedBackupCodes },
  accountLockout: {
    enabled: true,
    maxFailedAttempts: TWO_FACTOR_MAX_FAILURES,
    durationSeconds: TWO_FACTOR_LOCK_SECONDS,
  },
});

const VERIFY_TOTP = "/two-factor/verify-totp";
const VERIFY_BACKUP_CODE = "/two-factor/verify-backup-code";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** Whose code this is: the signed-in user (enabling 2FA) or the one in the sign-in challenge cookie. */
async function challengedUserId(ctx: HookContext): Promise<string | null> {
  const session = await getSessionFromCtx(ctx).catch(() => null);
  if (session) return session.user.id;
  const cookie = ctx.context.createAuthCookie("two_factor");
  const challenge = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!challenge) return null;
  const pending = await ctx.context.internalAdapter.findVerificationValue(challenge);
  return pending && pending.expiresAt > new Date() ? pending.value : null;
}

/** Claims a code for a user; false when it was already used within its lifetime. */
async function claimTotpCode(userId: string, code: string): Promise<boolean> {
  const now = new Date();
  await db.delete(usedTotpCode).where(and(eq(usedTotpCode.userId, userId), lt(usedTotpCode.expiresAt, now)));
  const claimed = await db
    .insert(usedTotpCode)
    .values({ userId, codeHash: sha256(code), expiresAt: new Date(now.getTime() + TOTP_CODE_LIFETIME_MS) })
    .onConflictDoNothing()
    .returning({ userId: usedTotpCode.userId });
  return claimed.length > 0;
}

async function releaseTotpCode(userId: string, code: string) {
  await db.delete(usedTotpCode).where(and(eq(usedTotpCode.userId, userId), eq(usedTotpCode.codeHash, sha256(code))));
}

/** Refuses a TOTP code that was already accepted, and hashes a typed backup code before the plugin compares it. */
export const twoFactorHardening = () =>
  ({
    id: "two-factor-hardening",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === VERIFY_TOTP,
          handler: createAuthMiddleware(async (ctx) => {
            const code = typeof ctx.body?.code === "string" ? ctx.body.code.trim() : "";
            const userId = code ? await challengedUserId(ctx) : null;
            if (!userId) return;
            if (!(await claimTotpCode(userId, code))) {
              throw new APIError("UNAUTHORIZED", {
                code: "TOTP_CODE_ALREADY_USED",
                message: "This code was already used. Wait for the next code in your authenticator app.",
              });
            }
          }),
        },
        {
          matcher: (ctx) => ctx.path === VERIFY_BACKUP_CODE,
          handler: createAuthMiddleware(async (ctx) => {
            const code = typeof ctx.body?.code === "string" ? ctx.body.code.trim() : "";
            return { context: { body: { ...ctx.body, code: sha256(code) } } };
          }),
        },
      ],
      after: [
        {
          // A wrong code is not "used": let the user type the right one.
          matcher: (ctx) => ctx.path === VERIFY_TOTP,
          handler: createAuthMiddleware(async (ctx) => {
            if (!isAPIError(ctx.context.returned)) return;
            const code = typeof ctx.body?.code === "string" ? ctx.body.code.trim() : "";
            const userId = code ? await challengedUserId(ctx) : null;
            if (userId) await releaseTotpCode(userId, code);
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
