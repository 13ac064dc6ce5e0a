import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { type User, user } from "@/server/db/schema";
import { ACCESS_TOKEN_PREFIX, ownerOfAccessToken } from "@/server/modules/access-tokens/tokens";
import type { Identity } from "./identity";
import { verifiedJwtClaims } from "./jwt";
import { grantedUser, isIssuedFor, oauthGrantOf } from "./oauth-token";

/** The token of an `Authorization: Bearer <token>` header; undefined when there is no such header. */
export function bearerToken(headers: Headers): string | undefined {
  const header = headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}

async function findUser(db: Database, userId: string): Promise<User | null> {
  const [found] = await db.select().from(user).where(eq(user.id, userId));
  return found ?? null;
}

export interface BearerOptions {
  /**
   * A resource of our OAuth server (the MCP endpoint): a JWT is then accepted only as an OAuth access token
   * issued for it (its audience, a client, a consent still given), with its client's scopes. Without it, a
   * JWT must be one of the app's own (/api/auth/token, audience = the app's API).
   */
  oauthResource?: string;
}

async function identityFromJwt(db: Database, token: string, options: BearerOptions): Promise<Identity | null> {
  const resource = options.oauthResource;
  const claims = await verifiedJwtClaims(db, token, resource);
  if (!claims?.sub) return null;
  if (!resource) {
    const owner = await findUser(db, claims.sub);
    return owner ? { user: owner, method: "jwt", sessionId: null, signedInAt: null } : null;
  }
  // For the resource: one our OAuth server issued to a client, and its consent still given.
  const claimed = isIssuedFor(claims, resource) ? oauthGrantOf(claims) : null;
  const granted = claimed && (await grantedUser(db, claims.sub, claimed, claims.iat));
  return granted
    ? { user: granted.user, method: "oauth", oauth: granted.grant, sessionId: null, signedInAt: null }
    : null;
}

/**
 * The caller a bearer token stands for: a personal access token (tlpat_…), or a JWT: one of the app's own,
 * or with `oauthResource` only an OAuth access token for that resource; null when invalid.
 */
export async function identityFromBearer(
  db: Database,
  token: string,
  options: BearerOptions = {},
): Promise<Identity | null> {
  if (!token) return null;
  if (!token.startsWith(ACCESS_TOKEN_PREFIX)) return identityFromJwt(db, token, options);
  const owner = await ownerOfAccessToken(db, token);
  return owner ? { user: owner, method: "access-token", sessionId: null, signedInAt: null } : null;
}
