import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db } from "@/server/db";
import { consumeRateLimit, type RateLimitRule, resetRateLimit } from "@/server/rate-limit";

// Limits keyed on what a request is about, not where it comes from: an attacker with many addresses (or a
// header per request) still gets these many tries on one account and sends these many emails to one inbox.
// Windows stay within Better Auth's longest (one hour, sign-up): it prunes older rows of the same table.

/** Sign-in attempts with a password on one email address, known or not; a successful one starts afresh. */
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT: RateLimitRule = { max: 10, windowSeconds: 15 * 60 };

/** Emails sent on request to one address (reset, verification, magic link, change of address), all together. */
export const EMAILS_PER_ADDRESS: RateLimitRule = { max: 5, windowSeconds: 60 * 60 };

const SIGN_IN_PATH = "/sign-in/email";

/** Counts one email to `address` against EMAILS_PER_ADDRESS. */
export const countEmailTo = (address: string) =>
  consumeRateLimit(db, { kind: "email-recipient", email: address }, EMAILS_PER_ADDRESS);

/**
 * Signing up, and signing in unverified when verification is required, send a verification link on the side:
 * counted where it is sent, and left unsent past the allowance (the answer stays the same).
 */
export function sentOnTheSide(request: Request | undefined): boolean {
  if (!request) return false;
  const { pathname } = new URL(request.url);
  return pathname.endsWith("/sign-up/email") || pathname.endsWith(SIGN_IN_PATH);
}

/** The endpoints that email an address a client names, and the body field that names it. */
const EMAILING_PATHS: Readonly<Record<string, "email" | "newEmail">> = {
  "/request-password-reset": "email",
  "/send-verification-email": "email",
  "/sign-in/magic-link": "email",
  "/change-email": "newEmail",
};

function stringField(body: unknown, field: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value: unknown = Reflect.get(body, field);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

const inMinutes = (seconds: number) => {
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
};

/** The same answer whether or not an account uses the address: it says nothing about who has one. */
function tooMany(code: string, message: string, retryAfterSeconds: number): APIError {
  const retryAfter = String(retryAfterSeconds);
  return new APIError(
    "TOO_MANY_REQUESTS",
    { code, message: `${message}; try again in ${inMinutes(retryAfterSeconds)}.` },
    { "retry-after": retryAfter, "x-retry-after": retryAfter },
  );
}

export const accountLimits = () =>
  ({
    id: "account-limits",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = stringField(ctx.body, "email");
            if (!email) return; // the endpoint refuses it itself
            const counted = await consumeRateLimit(
              db,
              { kind: "sign-in-account", email },
              SIGN_IN_ATTEMPTS_PER_ACCOUNT,
            );
            if (!counted.ok) throw tooMany("TOO_MANY_SIGN_IN_ATTEMPTS", "Too many attempts", counted.retryAfterSeconds);
          }),
        },
        {
          matcher: (ctx) => ctx.path !== undefined && ctx.path in EMAILING_PATHS,
          handler: createAuthMiddleware(async (ctx) => {
            const field = EMAILING_PATHS[ctx.path ?? ""];
            const email = field && stringField(ctx.body, field);
            if (!email) return;
            const counted = await countEmailTo(email);
            if (!counted.ok) {
              throw tooMany("TOO_MANY_EMAILS", "Too many emails to this address", counted.retryAfterSeconds);
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = stringField(ctx.body, "email");
            if (!email || isAPIError(ctx.context.returned)) return;
            await resetRateLimit(db, { kind: "sign-in-account", email });
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
