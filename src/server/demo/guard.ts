import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { DEMO_ACCOUNT } from "@/lib/demo-account";

/** What the demo account hears when it tries something that would take the account from the next visitor. */
export const DEMO_ACCOUNT_REFUSAL =
  "The demo account is shared by every visitor, so it can't be deleted, locked or signed out elsewhere. Create your own account to try this.";

/** Whether this is the shared demo account (its password is public). */
export function isDemoAccount(user: { email: string }): boolean {
  return user.email.toLowerCase() === DEMO_ACCOUNT.email;
}

/**
 * Better Auth endpoints that would lock the next visitor out of the demo account (a new password, email or
 * second factor; a linked provider whose unlinking removes the password login) or sign other visitors out.
 * The account's deletion and session revocation over tRPC check `isDemoAccount` in their procedures.
 */
const LOCKING_PATHS = [
  "/change-password",
  "/change-email",
  "/two-factor/enable",
  "/link-social",
  "/unlink-account",
  "/delete-user",
  "/revoke-session",
  "/revoke-sessions",
  "/revoke-other-sessions",
];

export const demoAccountGuard = () =>
  ({
    id: "demo-account-guard",
    hooks: {
      before: [
        {
          matcher: (ctx) => LOCKING_PATHS.includes(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const session = await getSessionFromCtx(ctx);
            if (session && isDemoAccount(session.user)) {
              throw new APIError("FORBIDDEN", { code: "DEMO_ACCOUNT", message: DEMO_ACCOUNT_REFUSAL });
            }
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
