import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { eq } from "drizzle-orm";
import { SESSION_NOT_FRESH } from "@/lib/fresh-session";
import type { Database } from "@/server/db";
import { session } from "@/server/db/schema";

/** How recently the user must have signed in to hand the account, or a way into it, to someone else, or to delete an account that has no password. */
export const FRESH_SESSION_SECONDS = 15 * 60;

/** Whether a session created at `signedInAt` is recent enough for those actions. */
export function isFreshSignIn(signedInAt: Date, now = Date.now()): boolean {
  return now - signedInAt.getTime() <= FRESH_SESSION_SECONDS * 1000;
}

/**
 * Whether the browser session `sessionId` signed in recently, by its row: a decision that hands out a way
 * into the account reads the database, not the seconds-old copy of the session cache (session-cache.ts).
 */
export async function signedInRecently(db: Database, sessionId: string | null): Promise<boolean> {
  if (!sessionId) return false;
  const [found] = await db.select({ createdAt: session.createdAt }).from(session).where(eq(session.id, sessionId));
  return found !== undefined && isFreshSignIn(found.createdAt);
}

/** What each guarded endpoint does, for the refusal's words; `applies` narrows it to some requests. */
export interface FreshSessionRule {
  path: string;
  action: string;
  applies?: (body: unknown) => boolean;
}

/** An answer to /oauth2/consent that allows the app (a denial needs no recent sign-in). */
export function acceptsConsent(body: unknown): boolean {
  return typeof body === "object" && body !== null && Reflect.get(body, "accept") === true;
}

/**
 * Changing the sign-in email, or allowing an app into the account, hands it to whoever controls the new
 * address or the app, so it needs a recent sign-in, not a session cookie that may have been left open
 * for weeks (or taken). Refused with SESSION_NOT_FRESH, which the forms answer with "sign in again".
 */
export const requireFreshSession = (rules: readonly FreshSessionRule[]) =>
  ({
    id: "require-fresh-session",
    hooks: {
      before: [
        {
          matcher: (ctx) => rules.some((rule) => rule.path === ctx.path),
          handler: createAuthMiddleware(async (ctx) => {
            const rule = rules.find((candidate) => candidate.path === ctx.path);
            if (!rule || (rule.applies && !rule.applies(ctx.body))) return;
            const session = await getSessionFromCtx(ctx);
            if (!session) return; // the endpoint answers 401 itself
            if (!isFreshSignIn(new Date(session.session.createdAt))) {
              throw new APIError("FORBIDDEN", {
                code: SESSION_NOT_FRESH,
                message: `For your security, sign in again before ${rule.action}.`,
              });
            }
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
