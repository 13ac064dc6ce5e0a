import "server-only";
import { createLocalJWKSet, errors, type JWK, type JWTPayload, jwtVerify } from "jose";
import type { Database } from "@/server/db";
import { jwks } from "@/server/db/schema";
import { baseURL } from "./urls";

// Short-lived JWTs from /api/auth/token, accepted as `Authorization: Bearer` by the tRPC context.
// Verified here with jose against our own keys (the jwks table that /api/auth/jwks publishes).

export const JWT_EXPIRATION = "15m";
/** A token naming a key we do not know reloads the keys, but not more often than this. */
const KEY_RELOAD_INTERVAL_MS = 5_000;

type KeySet = ReturnType<typeof createLocalJWKSet>;
let cached: { keys: KeySet; loadedAt: number } | null = null;

async function loadKeys(db: Database): Promise<KeySet> {
  const rows = await db.select().from(jwks);
  const keys: JWK[] = rows.map((row) => ({
    ...(JSON.parse(row.publicKey) as JWK),
    alg: row.alg ?? "EdDSA",
    kid: row.id,
  }));
  const keySet = createLocalJWKSet({ keys });
  // No key yet (no token ever issued): not cached, or the first real token would wait out the reload interval.
  cached = keys.length > 0 ? { keys: keySet, loadedAt: Date.now() } : null;
  return keySet;
}

/** The audience a token must name: the app's API by default; the MCP endpoint its own (OAuth access tokens). */
async function verify(token: string, keys: KeySet, audience: string) {
  const { payload } = await jwtVerify(token, keys, {
    algorithms: ["EdDSA"],
    issuer: baseURL,
    audience,
    requiredClaims: ["sub", "exp"],
  });
  return payload;
}

/** The claims of a valid token, or null for any token that is not one of ours, unexpired, for `audience`. */
export async function verifiedJwtClaims(
  db: Database,
  token: string,
  audience: string = baseURL,
): Promise<JWTPayload | null> {
  try {
    return await verify(token, cached?.keys ?? (await loadKeys(db)), audience);
  } catch (error) {
    const stale = cached !== null && Date.now() - cached.loadedAt > KEY_RELOAD_INTERVAL_MS;
    if (error instanceof errors.JWKSNoMatchingKey && stale) {
      return verify(token, await loadKeys(db), audience).catch(() => null);
    }
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
