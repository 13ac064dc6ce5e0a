import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Session } from "./auth";
import { readSession } from "./cached-session";

/** The signed-in session for this request, read once per render. */
export const getSession = cache(async (): Promise<Session | null> => {
  return readSession(await headers());
});

/** The session, or a redirect to sign-in. Every signed-in page and layout calls it. */
export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (session) return session;
  // A cookie that no longer matches a session (expired, revoked): say so, and stop
  // proxy.ts from bouncing the visitor back here because the cookie is still present.
  const staleCookie = getSessionCookie(await headers()) !== null;
  redirect(staleCookie ? "/sign-in?session=expired" : "/sign-in");
}
