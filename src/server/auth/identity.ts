import "server-only";
import type { Session } from "./auth";

export type AuthUser = Session["user"];

/** Who is calling, and how they proved it: a browser session, a JWT, or a personal access token. */
export interface Identity {
  user: AuthUser;
  method: "session" | "jwt" | "access-token";
  /** The browser session's id ("this device" on the sessions page); null for bearer tokens. */
  sessionId: string | null;
}

export function identityFromSession(session: Session | null): Identity | null {
  return session ? { user: session.user, method: "session", sessionId: session.session.id } : null;
}
