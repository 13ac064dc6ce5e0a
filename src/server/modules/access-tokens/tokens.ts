import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "@/server/db";
import { personalAccessToken, type User, user } from "@/server/db/schema";

/** Recognisable in logs and by secret scanners; the rest is 256 random bits. */
export const ACCESS_TOKEN_PREFIX = "tlpat_";

export const hashAccessToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function generateAccessToken() {
  const token = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashAccessToken(token), lastCharacters: token.slice(-4) };
}

/** The owner of a token that exists and has not expired (one joined read); marks it used at most once a minute. */
export async function ownerOfAccessToken(db: Database, token: string): Promise<User | null> {
  const now = new Date();
  const [found] = await db
    .select({ owner: user, tokenId: personalAccessToken.id, lastUsedAt: personalAccessToken.lastUsedAt })
    .from(personalAccessToken)
    .innerJoin(user, eq(user.id, personalAccessToken.userId))
    .where(and(eq(personalAccessToken.tokenHash, hashAccessToken(token)), gt(personalAccessToken.expiresAt, now)));
  if (!found) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db.update(personalAccessToken).set({ lastUsedAt: now }).where(eq(personalAccessToken.id, found.tokenId));
  }
  return found.owner;
}
