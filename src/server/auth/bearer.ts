import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { type User, user } from "@/server/db/schema";
import { ACCESS_TOKEN_PREFIX, ownerOfAccessToken } from "@/server/modules/access-tokens/tokens";
import type { Identity } from "./identity";
import { type Audiences, verifiedJwtClaims } from "./jwt";
import { activeGrant, isIssuedFor, oauthGrantOf } from "./oauth-token";

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
  /** The audiences a JWT may name (default: the app's API). */
  audience?: Audiences;
  /** A resource of our OAuth server: a JWT for it is an OAuth access token, with its client's scopes. */
  oauthResource?: string;
}

async function identityFromJwt(db: Database, token: string, options: BearerOptions): Promise<Identity | null> {
  const claims = await verifiedJwtClaims(db, token, options.audience);
  if (!claims?.sub) return null;
  // A token for the OAuth resource must be one our OAuth server issued, and its consent still given.
  const claimed =
    options.oauthResource && isIssuedFor(claims, options.oauthResource) ? oauthGrantOf(claims) : undefined;
  if (claimed === null) return null;
  const grant = claimed && (await activeGrant(db, claims.sub, claimed, claims.iat));
  if (grant === null) return null;
  const owner = await findUser(db, claims.sub);
  if (!owner) return null;
  return grant
    ? { user: owner, method: "oauth", oauth: grant, sessionId: null, signedInAt: null }
    : { user: owner, method: "jwt", sessionId: null, signedInAt: null };
}

/**
 * The caller a bearer token stands for: a personal access token (tlpat_…), one of our JWTs, or (with
 * `oauthResource`) an OAuth access token for that resource; null when invalid. A JWT must name one of
 * `audience` (default: the app's API).
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
