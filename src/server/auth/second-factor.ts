import "server-only";
import type { AuthContext, BetterAuthPlugin, GenericEndpointContext } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";
import { generateRandomString } from "better-auth/crypto";
import { baseURL } from "./urls";

// One rule for every way of signing in: a user who turned on two-factor authentication gets a session
// only by typing a code. The rule sits where sessions are made (Better Auth's session.create database
// hook), not on a list of sign-in routes: a route added by an upgrade or a plugin (email verification's
// automatic sign-in, an ID token posted to /sign-in/social, a magic link, an OAuth callback…) is covered
// without anyone remembering it.

/** As long as the plugin's own sign-in challenge lasts. */
const CHALLENGE_SECONDS = 10 * 60;

/** The routes where a code was just checked: the challenge's own. */
const SECOND_FACTOR_CHECKED = new Set([
  "/two-factor/verify-totp",
  "/two-factor/verify-backup-code",
  "/two-factor/verify-otp",
]);

/**
 * Password sign-in: the two-factor plugin challenges it itself, after the session is made (and lets a
 * device the user chose to trust skip the code), so it must see that session alive.
 */
const CHALLENGED_BY_TWO_FACTOR_PLUGIN = new Set(["/sign-in/email"]);

interface UnprovenSession {
  token: string;
  userId: string;
}

/** Sessions a request made for a sign-in that skipped the code, by request (its Better Auth context). */
const unprovenSessions = new WeakMap<object, UnprovenSession[]>();

/** Whether this session can be made as asked: no code needed, or one was given. */
async function secondFactorSatisfied(
  auth: AuthContext,
  userId: string,
  ctx: GenericEndpointContext | null,
): Promise<boolean> {
  const path = ctx?.path ?? "";
  if (SECOND_FACTOR_CHECKED.has(path) || CHALLENGED_BY_TWO_FACTOR_PLUGIN.has(path)) return true;
  // Replacing the session the caller already holds (turning two-factor on or off, a password change).
  if (ctx?.context.session?.user.id === userId) return true;
  const user = await auth.internalAdapter.findUserById(userId);
  return !(user && "twoFactorEnabled" in user && user.twoFactorEnabled === true);
}

/** The signed `two_factor` cookie and its records: the same challenge as a password sign-in's. */
async function startChallenge(ctx: GenericEndpointContext, userId: string) {
  const identifier = `2fa-${generateRandomString(20)}`;
  const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS * 1000);
  await ctx.context.internalAdapter.createVerificationValue({ identifier, value: userId, expiresAt });
  await ctx.context.internalAdapter.createVerificationValue({
    identifier: `2fa-attempts-${identifier}`,
    value: "0",
    expiresAt,
  });
  const cookie = ctx.context.createAuthCookie("two_factor", { maxAge: CHALLENGE_SECONDS });
  await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);
}

/** Where the route was going to send the browser (same origin only), kept for after the code. */
function redirectTarget(returned: unknown): string | null {
  if (!isAPIError(returned)) return null;
  const location = new Headers(returned.headers).get("location");
  if (!location) return null;
  const url = new URL(location, baseURL);
  return url.origin === baseURL ? `${url.pathname}${url.search}` : "/";
}

export const secondFactorForEverySignIn = () =>
  ({
    id: "second-factor-for-every-sign-in",
    init: (auth) => ({
      options: {
        databaseHooks: {
          session: {
            create: {
              // A session that skipped the code is born expired: worthless whatever the route does with
              // it next (a cookie, a token in the body). The after hook below deletes it and answers
              // with the challenge. Outside a request there is nobody to ask for a code: refused.
              before: async (session, ctx) => {
                if (await secondFactorSatisfied(auth, session.userId, ctx)) return;
                if (!ctx) return false;
                const made = unprovenSessions.get(ctx.context) ?? [];
                unprovenSessions.set(ctx.context, [...made, { token: session.token, userId: session.userId }]);
                return { data: { expiresAt: new Date(0) } };
              },
            },
          },
        },
      },
    }),
    hooks: {
      after: [
        {
          matcher: (ctx) => unprovenSessions.has(ctx.context),
          handler: createAuthMiddleware(async (ctx) => {
            const made = unprovenSessions.get(ctx.context) ?? [];
            unprovenSessions.delete(ctx.context);
            for (const { token } of made) await ctx.context.internalAdapter.deleteSession(token);
            deleteSessionCookie(ctx, true);
            ctx.context.setNewSession(null);

            const returned = ctx.context.returned;
            const target = redirectTarget(returned);
            const last = made.at(-1);
            // The route failed after making the session: its error stands, with no session.
            if (!last || (isAPIError(returned) && target === null)) return;
            await startChallenge(ctx, last.userId);
            // A browser following a link or a provider's redirect goes to the code form; an API call gets
            // the answer a password sign-in gives.
            if (target !== null) throw ctx.redirect(`/two-factor?next=${encodeURIComponent(target)}`);
            return ctx.json({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
