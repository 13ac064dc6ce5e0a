import "server-only";
import { randomUUID } from "node:crypto";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db";
import { type Context, createInnerContext } from "./init";

/** The context for a request over HTTP: the Better Auth session from its cookie. */
export async function createContext(opts: { headers: Headers }): Promise<Context> {
  const session = await auth.api.getSession({ headers: opts.headers });
  return createInnerContext({ db, session, requestId: randomUUID() });
}
