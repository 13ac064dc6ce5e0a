import "server-only";
import { TRPCError } from "@trpc/server";
import { requestIdFrom } from "@/lib/request-id";
import { bearerToken, identityFromBearer } from "@/server/auth/bearer";
import { readSession } from "@/server/auth/cached-session";
import { identityFromSession } from "@/server/auth/identity";
import { db } from "@/server/db";
import { toTRPCError } from "./errors";
import { type Context, createInnerContext } from "./init";

/**
 * The context for a request over HTTP: a bearer token (JWT or personal access token) when the
 * request carries one, else the Better Auth session from its cookie (cached for seconds: readSession).
 */
export async function createContext(opts: { headers: Headers; requestId?: string }): Promise<Context> {
  const requestId = opts.requestId ?? requestIdFrom(opts.headers);
  // A database outage while reading the caller is a 503, not a silent sign-out or a bare 500.
  const token = bearerToken(opts.headers);
  if (token !== undefined) {
    const identity = await identityFromBearer(db, token).catch((error: unknown) => {
      throw toTRPCError(error);
    });
    // A bad token is refused outright, never treated as an anonymous call.
    if (!identity) throw new TRPCError({ code: "UNAUTHORIZED", message: "The access token is invalid or expired." });
    return createInnerContext({ db, identity, requestId });
  }
  const session = await readSession(opts.headers).catch((error: unknown) => {
    throw toTRPCError(error);
  });
  return createInnerContext({ db, identity: identityFromSession(session), requestId });
}
