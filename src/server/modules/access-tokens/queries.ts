import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { personalAccessToken } from "@/server/db/schema";

/** What a token is shown by: never its hash. */
export const listedTokenColumns = {
  id: personalAccessToken.id,
  name: personalAccessToken.name,
  lastCharacters: personalAccessToken.lastCharacters,
  expiresAt: personalAccessToken.expiresAt,
  lastUsedAt: personalAccessToken.lastUsedAt,
  createdAt: personalAccessToken.createdAt,
};

/** The user's tokens, newest first. */
export function listAccessTokens(db: Database, userId: string) {
  return db
    .select(listedTokenColumns)
    .from(personalAccessToken)
    .where(eq(personalAccessToken.userId, userId))
    .orderBy(desc(personalAccessToken.createdAt));
}
