import "server-only";
import { and, eq } from "drizzle-orm";
import type { JWTPayload } from "jose";
import type { Database } from "@/server/db";
import { oauthConsent, type User, user } from "@/server/db/schema";
import type { OAuthGrant } from "./identity";

/** Whether the token names `resource` among its audiences. */
export function isIssuedFor(payload: JWTPayload, resource: string): boolean {
  const audiences = typeof payload.aud === "string" ? [payload.aud] : (payload.aud ?? []);
  return audiences.includes(resource);
}

/**
 * The grant an access token of our OAuth server carries: the client (`azp`) and the space-separated
 * `scope`. Null when it names no client (then it is no token of our OAuth server).
 */
export function oauthGrantOf(payload: JWTPayload): OAuthGrant | null {
  const clientId = payload.azp;
  if (typeof clientId !== "string" || clientId === "") return null;
  const scope = typeof payload.scope === "string" ? payload.scope : "";
  return { clientId, scopes: scope.split(" ").filter((value) => value !== "") };
}

/** Clocks of the app and the database may differ by this much when a consent and its first token are made. */
const CLOCK_SKEW_MS = 5_000;

/**
 * The user an access token of our OAuth server stands for and what the token may still do: its scopes
 * that the user's consent still grants. One statement reads the consent with its user (a bearer call,
 * like a personal access token's, costs one read). Null when the user no longer allows the client (Revoke
 * in Settings › Connected apps deletes the consent, so unexpired access tokens, JWTs that are not stored,
 * stop at once) or when the token is older than the consent (issued under one the user revoked before
 * connecting the app again). A consent narrowed to read-only narrows tokens issued before it, and the ones
 * its old refresh tokens still mint.
 */
export async function grantedUser(
  db: Database,
  userId: string,
  grant: OAuthGrant,
  issuedAtSeconds: number | undefined,
): Promise<{ user: User; grant: OAuthGrant } | null> {
  const [consent] = await db
    .select({ user, scopes: oauthConsent.scopes, createdAt: oauthConsent.createdAt })
    .from(oauthConsent)
    .innerJoin(user, eq(user.id, oauthConsent.userId))
    .where(and(eq(oauthConsent.userId, userId), eq(oauthConsent.clientId, grant.clientId)))
    .limit(1);
  if (!consent) return null;
  if (issuedAtSeconds === undefined || issuedAtSeconds * 1000 < (consent.createdAt?.getTime() ?? 0) - CLOCK_SKEW_MS)
    return null;
  const scopes = grant.scopes.filter((scope) => consent.scopes.includes(scope));
  return { user: consent.user, grant: { clientId: grant.clientId, scopes } };
}
