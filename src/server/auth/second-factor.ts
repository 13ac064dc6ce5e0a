import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";
import { generateRandomString } from "better-auth/crypto";
import { baseURL } from "./urls";

/** As long as the plugin's own sign-in challenge lasts. */
const CHALLENGE_SECONDS = 10 * 60;

/** Sign-in routes the two-factor plugin does not guard: it only challenges password sign-ins. */
function isOtherSignIn(path: string | undefined): boolean {
  return (
    path === "/magic-link/verify" || Boolean(path?.startsWith("/callback/") || path?.startsWith("/oauth2/callback/"))
  );
}

/** The path the sign-in was going to redirect to, kept for after the challenge. */
function destination(returned: unknown): string {
  const location = isAPIError(returned) ? new Headers(returned.headers).get("location") : null;
  if (!location) return "/";
  const url = new URL(location, baseURL);
  return url.origin === baseURL ? `${url.pathname}${url.search}` : "/";
}

/**
 * A user who turned on two-factor authentication is asked for a code however they sign in: an email
 * link or an OAuth provider would otherwise skip it. The session just made is dropped and the same
 * challenge as a password sign-in starts (the plugin's signed `two_factor` cookie and its records).
 */
export const secondFactorForEverySignIn = () =>
  ({
    id: "second-factor-for-every-sign-in",
    hooks: {
      after: [
        {
          matcher: (ctx) => isOtherSignIn(ctx.path),
          handler: createAuthMiddleware(async (ctx) => {
            const created = ctx.context.newSession;
            if (!created?.user.twoFactorEnabled) return;
            deleteSessionCookie(ctx, true);
            await ctx.context.internalAdapter.deleteSession(created.session.token);
            ctx.context.setNewSession(null);

            const identifier = `2fa-${generateRandomString(20)}`;
            const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS * 1000);
            await ctx.context.internalAdapter.createVerificationValue({
              identifier,
              value: created.user.id,
              expiresAt,
            });
            await ctx.context.internalAdapter.createVerificationValue({
              identifier: `2fa-attempts-${identifier}`,
              value: "0",
              expiresAt,
            });
            const cookie = ctx.context.createAuthCookie("two_factor", { maxAge: CHALLENGE_SECONDS });
            await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);
            throw ctx.redirect(`/two-factor?next=${encodeURIComponent(destination(ctx.context.returned))}`);
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
