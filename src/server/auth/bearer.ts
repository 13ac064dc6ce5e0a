import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { type User, user } from "@/server/db/schema";
import { ACCESS_TOKEN_PREFIX, ownerOfAccessToken } from "@/server/modules/access-tokens/tokens";
import type { Identity } from "./identity";
import { type Audiences, userIdFromJwt } from "./jwt";

/** The token of an `Authorization: Bearer <token>` header; undefined when there is no such header. */
export function bearerToken(headers: Headers): string | undefined {
  const header = headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}

async function ownerOfJwt(db: Database, token: string, audience: Audiences | undefined): Promise<User | null> {
  const userId = await userIdFromJwt(db, token, audience);
  if (!userId) return null;
  const [found] = await db.select().from(user).where(eq(user.id, userId));
  return found ?? null;
}

/**
 * The caller a bearer token stands for: a personal access token (tlpat_…) or one of our JWTs; null when
 * invalid. A JWT must name one of `audience` (default: the app's API).
 */
export async function identityFromBearer(
  db: Database,
  token: string,
  options: { audience?: Audiences } = {},
): Promise<Identity | null> {
  if (!token) return null;
  const method = token.startsWith(ACCESS_TOKEN_PREFIX) ? "access-token" : "jwt";
  const owner =
    method === "access-token" ? await ownerOfAccessToken(db, token) : await ownerOfJwt(db, token, options.audience);
  return owner ? { user: owner, method, sessionId: null } : null;
}
