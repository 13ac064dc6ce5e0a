import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { forgetCachedSessions } from "@/server/auth/session-cache";
import type { Database } from "@/server/db";
import { session } from "@/server/db/schema";
import { DEMO_ACCOUNT_REFUSAL, isDemoAccount } from "@/server/demo/guard";
import { forbidden, notFound } from "@/server/domain-errors";

interface Caller {
  user: { id: string; email: string };
  /** The session making the request (null for a bearer token). */
  sessionId: string | null;
}

/** Deletes one of the user's sessions: the next request with that cookie is signed out. */
export async function revokeSession(db: Database, caller: Caller, id: string) {
  // Ending its own session is signing out; ending another would sign out another visitor.
  if (isDemoAccount(caller.user) && id !== caller.sessionId) {
    throw forbidden(DEMO_ACCOUNT_REFUSAL);
  }
  const [revoked] = await db
    .delete(session)
    .where(and(eq(session.userId, caller.user.id), eq(session.id, id)))
    .returning({ id: session.id });
  forgetCachedSessions();
  if (!revoked) throw notFound({ message: "That session does not exist." });
  return revoked;
}

/** Every session but the one making the request (all of them for a bearer token). */
export async function revokeOtherSessions(db: Database, caller: Caller) {
  if (isDemoAccount(caller.user)) throw forbidden(DEMO_ACCOUNT_REFUSAL);
  const mine = eq(session.userId, caller.user.id);
  const current = caller.sessionId;
  const revoked = await db
    .delete(session)
    .where(current ? and(mine, ne(session.id, current)) : mine)
    .returning({ id: session.id });
  forgetCachedSessions();
  return { count: revoked.length };
}
