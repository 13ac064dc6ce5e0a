import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { createAccessTokenInput } from "@/lib/schemas/access-tokens";
import type { Database } from "@/server/db";
import { personalAccessToken } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { assertWithinQuota } from "@/server/quotas";
import { listedTokenColumns } from "./queries";
import { generateAccessToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new token: returned here only, the database keeps its hash. */
export async function createAccessToken(db: Database, userId: string, input: z.output<typeof createAccessTokenInput>) {
  const { token, tokenHash, lastCharacters } = generateAccessToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  const [created] = await db.transaction(async (tx) => {
    await assertWithinQuota(tx, userId, "accessTokens");
    return tx
      .insert(personalAccessToken)
      .values({ userId, name: input.name, tokenHash, lastCharacters, expiresAt })
      .returning(listedTokenColumns);
  });
  if (!created) throw new Error("insert returned no row");
  return { ...created, token };
}

export async function revokeAccessToken(db: Database, userId: string, id: string) {
  const [revoked] = await db
    .delete(personalAccessToken)
    .where(and(eq(personalAccessToken.userId, userId), eq(personalAccessToken.id, id)))
    .returning({ id: personalAccessToken.id });
  if (!revoked) throw notFound({ message: "That token does not exist." });
  return revoked;
}
