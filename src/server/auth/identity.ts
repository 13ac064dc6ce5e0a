import "server-only";
import type { Session } from "./auth";

export type AuthUser = Session["user"];

/** What an OAuth access token was granted: by which client, for which scopes. */
export interface OAuthGrant {
  clientId: string;
  scopes: readonly string[];
}

/**
 * Who is calling, and how they proved it: a browser session, a JWT, a personal access token, or an
 * OAuth access token an MCP client obtained (`oauth` then says what it was granted).
 */
export interface Identity {
  user: AuthUser;
  method: "session" | "jwt" | "access-token" | "oauth";
  oauth?: OAuthGrant;
  /** The browser session's id ("this device" on the sessions page); null for bearer tokens. */
  sessionId: string | null;
  /** When that browser session was created (its sign-in), for what needs a recent one; null for bearer tokens. */
  signedInAt: Date | null;
}

export function identityFromSession(session: Session | null): Identity | null {
  return session
    ? { user: session.user, method: "session", sessionId: session.session.id, signedInAt: session.session.createdAt }
    : null;
}
