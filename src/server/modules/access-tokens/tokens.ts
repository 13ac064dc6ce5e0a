import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, or } from "drizzle-orm";
import type { Database } from "@/server/db";
import { personalAccessToken } from "@/server/db/schema";

/** Recognisable in logs and by secret scanners; the rest is 256 random bits. */
export const ACCESS_TOKEN_PREFIX = "tlpat_";

export const hashAccessToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function generateAccessToken() {
  const token = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashAccessToken(token), lastCharacters: token.slice(-4) };
}

/** The owner of a token that exists and has not expired; marks it used (at most once a minute). */
export async function userIdFromAccessToken(db: Database, token: string): Promise<string | null> {
  const now = new Date();
  const [found] = await db
    .select({
      id: personalAccessToken.id,
      userId: personalAccessToken.userId,
      lastUsedAt: personalAccessToken.lastUsedAt,
    })
    .from(personalAccessToken)
    .where(
      and(
        eq(personalAccessToken.tokenHash, hashAccessToken(token)),
        or(isNull(personalAccessToken.expiresAt), gt(personalAccessToken.expiresAt, now)),
      ),
    );
  if (!found) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db.update(personalAccessToken).set({ lastUsedAt: now }).where(eq(personalAccessToken.id, found.id));
  }
  return found.userId;
}
