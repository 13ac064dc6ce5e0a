import "server-only";
import { randomUUID } from "node:crypto";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db";
import { toTRPCError } from "./errors";
import { type Context, createInnerContext } from "./init";

/** The context for a request over HTTP: the Better Auth session from its cookie. */
export async function createContext(opts: { headers: Headers }): Promise<Context> {
  // A database outage while reading the session is a 503, not a silent sign-out or a bare 500.
  const session = await auth.api.getSession({ headers: opts.headers }).catch((error: unknown) => {
    throw toTRPCError(error);
  });
  return createInnerContext({ db, session, requestId: randomUUID() });
}
