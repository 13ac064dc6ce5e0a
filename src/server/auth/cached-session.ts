import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { auth, type Session } from "./auth";
import { processSessionCache } from "./session-cache";

/**
 * The Better Auth session a request's cookie stands for, reused for a few seconds (SESSION_CACHE_TTL_MS)
 * instead of reading its row on every request. Every signed-in request reads the session through here.
 */
export async function readSession(headers: Headers): Promise<Session | null> {
  const token = getSessionCookie(headers);
  if (!token) return auth.api.getSession({ headers });
  return processSessionCache().read(token, () => auth.api.getSession({ headers }));
}
