import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { $ZodError } from "zod/v4/core";
import { SESSION_NOT_FRESH } from "@/lib/fresh-session";
import { newRequestId } from "@/lib/request-id";
import { isFreshSignIn, signedInRecently } from "@/server/auth/fresh-session";
import type { Identity } from "@/server/auth/identity";
import { timeZoneOf } from "@/server/auth/time-zone";
import type { Database } from "@/server/db";
import { currentRequestId } from "@/server/request-scope";
import { logCall } from "./call-log";
import { transformer } from "./envelope";
import { toTRPCError } from "./errors";
import { sseOptions } from "./sse";

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

export interface Context {
  db: Database;
  /** Null for anonymous callers; protectedProcedure narrows it. */
  identity: Identity | null;
  /** Sent back with errors and written to the logs, to match one to the other. */
  requestId: string;
}

/**
 * The context without any HTTP request: tests, scripts and server-side callers
 * build it directly; the route handler builds it from request headers (context.ts).
 */
export function createInnerContext(options: { db: Database; identity: Identity | null; requestId?: string }): Context {
  return { db: options.db, identity: options.identity, requestId: options.requestId ?? newRequestId() };
}

const t = initTRPC.context<Context>().create({
  transformer,
  sse: sseOptions,
  isDev: process.env.NODE_ENV !== "production",
  errorFormatter({ shape, error, ctx }) {
    // Read per call (not at import) so tests can check both behaviours.
    const production = process.env.NODE_ENV === "production";
    const { stack, ...data } = shape.data;
    return {
      ...shape,
      message: production && error.code === "INTERNAL_SERVER_ERROR" ? GENERIC_ERROR_MESSAGE : shape.message,
      data: {
        ...data,
        ...(production ? {} : { stack }),
        // No ctx when creating it failed (the database down while reading the session): the route's scope knows.
        requestId: ctx?.requestId ?? currentRequestId() ?? null,
        // zod and zod/mini (the shared input schemas) both throw $ZodError.
        zodError: error.cause instanceof $ZodError ? z.flattenError(error.cause) : null,
        // A refusal the client answers with its own way out ("sign in again"), not with the message.
        reason: error.cause instanceof SessionNotFreshError ? SESSION_NOT_FRESH : null,
      },
    };
  },
});

/** The single error mapping, and the one log line per call: every procedure passes through here once. */
const mapErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const call = { requestId: ctx.requestId, userId: ctx.identity?.user.id ?? null, procedure: path, type };
  if (result.ok) {
    logCall({ ...call, durationMs: performance.now() - started });
    return result;
  }
  const mapped = toTRPCError(result.error);
  logCall({ ...call, durationMs: performance.now() - started }, mapped);
  throw mapped;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.identity) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  const { user } = ctx.identity;
  return next({ ctx: { ...ctx, identity: ctx.identity, user: { ...user, timeZone: timeZoneOf(user) } } });
});

class SessionNotFreshError extends Error {}

/**
 * For what only the person at the browser may do (API tokens, sessions, deleting the account): a
 * leaked token must not be able to mint itself a successor or lock its owner out.
 */
export const browserSessionProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.identity.method !== "session") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Sign in to Tasklane in the browser to do this." });
  }
  return next();
});

/**
 * For what hands out a way into the account (an API token): a browser session signed in within the last
 * 15 minutes, as for changing the email. A session cookie left open for weeks, or taken, is not enough.
 */
export const freshSessionProcedure = browserSessionProcedure.use(async ({ ctx, next }) => {
  const { signedInAt, sessionId } = ctx.identity;
  // The identity may come from the session cache: the row has the last word.
  if (!signedInAt || !isFreshSignIn(signedInAt) || !(await signedInRecently(ctx.db, sessionId))) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "For your security, sign in again to do this (it needs a sign-in in the last 15 minutes).",
      cause: new SessionNotFreshError(),
    });
  }
  return next();
});
