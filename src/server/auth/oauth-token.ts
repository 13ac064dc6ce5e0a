import "server-only";
import { and, eq } from "drizzle-orm";
import type { JWTPayload } from "jose";
import type { Database } from "@/server/db";
import { oauthConsent } from "@/server/db/schema";
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

/**
 * Whether the user still allows the client: revoking it under Settings › Connected apps deletes the
 * consent, and its unexpired access tokens (JWTs, not stored) stop working at once.
 */
export async function consentIsActive(db: Database, userId: string, clientId: string): Promise<boolean> {
  const [found] = await db
    .select({ id: oauthConsent.id })
    .from(oauthConsent)
    .where(and(eq(oauthConsent.userId, userId), eq(oauthConsent.clientId, clientId)))
    .limit(1);
  return found !== undefined;
}
