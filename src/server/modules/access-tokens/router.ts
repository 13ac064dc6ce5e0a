import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { accessTokenIdInput, createAccessTokenInput } from "@/lib/schemas/access-tokens";
import { personalAccessToken } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { assertWithinQuota } from "@/server/quotas";
import { browserSessionProcedure, createTRPCRouter, freshSessionProcedure } from "@/server/trpc/init";
import { generateAccessToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

const listed = {
  id: personalAccessToken.id,
  name: personalAccessToken.name,
  lastCharacters: personalAccessToken.lastCharacters,
  expiresAt: personalAccessToken.expiresAt,
  lastUsedAt: personalAccessToken.lastUsedAt,
  createdAt: personalAccessToken.createdAt,
};

/** Personal access tokens: for scripts that call the API as the user, until revoked or expired. */
export const accessTokenRouter = createTRPCRouter({
  list: browserSessionProcedure.query(({ ctx }) =>
    ctx.db
      .select(listed)
      .from(personalAccessToken)
      .where(eq(personalAccessToken.userId, ctx.user.id))
      .orderBy(desc(personalAccessToken.createdAt)),
  ),

  /** The token itself is returned here only; the database keeps its hash. Needs a recent sign-in. */
  create: freshSessionProcedure.input(createAccessTokenInput).mutation(async ({ ctx, input }) => {
    const { token, tokenHash, lastCharacters } = generateAccessToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
    const [created] = await ctx.db.transaction(async (tx) => {
      await assertWithinQuota(tx, ctx.user.id, "accessTokens");
      return tx
        .insert(personalAccessToken)
        .values({ userId: ctx.user.id, name: input.name, tokenHash, lastCharacters, expiresAt })
        .returning(listed);
    });
    if (!created) throw new Error("insert returned no row");
    return { ...created, token };
  }),

  revoke: browserSessionProcedure.input(accessTokenIdInput).mutation(async ({ ctx, input }) => {
    const [revoked] = await ctx.db
      .delete(personalAccessToken)
      .where(and(eq(personalAccessToken.userId, ctx.user.id), eq(personalAccessToken.id, input.id)))
      .returning({ id: personalAccessToken.id });
    if (!revoked) throw notFound({ message: "That token does not exist." });
    return revoked;
  }),
});
