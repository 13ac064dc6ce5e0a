import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { forgetCachedSessions } from "./session-cache";

/**
 * Every Better Auth endpoint but the session read may end or change sessions or their user (sign-out,
 * revoking sessions, password change or reset, two-factor changes, email change, account deletion…):
 * after any of them, this process's session cache is emptied, so the change holds at once here.
 */
export const forgetSessionsOnAuthChanges = () =>
  ({
    id: "forget-sessions-on-auth-changes",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path !== "/get-session",
          handler: createAuthMiddleware(async () => forgetCachedSessions()),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path !== "/get-session",
          handler: createAuthMiddleware(async () => forgetCachedSessions()),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
