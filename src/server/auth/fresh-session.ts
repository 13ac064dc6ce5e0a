import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";

/** How recently the user must have signed in to change their email, or to delete an account that has no password. */
export const FRESH_SESSION_SECONDS = 15 * 60;

/** Whether a session began (the user signed in) within FRESH_SESSION_SECONDS. */
export function isFreshSession(createdAt: Date, now = Date.now()): boolean {
  return now - createdAt.getTime() <= FRESH_SESSION_SECONDS * 1000;
}

/**
 * Changing the sign-in email hands the account to whoever controls the new address, so it needs a
 * recent sign-in, not a session cookie that may have been left open for weeks.
 */
export const requireFreshSession = (paths: readonly string[]) =>
  ({
    id: "require-fresh-session",
    hooks: {
      before: [
        {
          matcher: (ctx) => paths.includes(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const session = await getSessionFromCtx(ctx);
            if (!session) return; // the endpoint answers 401 itself
            if (!isFreshSession(new Date(session.session.createdAt))) {
              throw new APIError("FORBIDDEN", {
                code: "SESSION_NOT_FRESH",
                message: "For your security, sign in again before changing your email.",
              });
            }
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
