import "server-only";
import { and, desc, eq, gt, ne } from "drizzle-orm";
import { sessionIdInput } from "@/lib/schemas/sessions";
import { session } from "@/server/db/schema";
import { DEMO_ACCOUNT_REFUSAL, isDemoAccount } from "@/server/demo/guard";
import { forbidden, notFound } from "@/server/domain-errors";
import { browserSessionProcedure, createTRPCRouter } from "@/server/trpc/init";

/** Where the user is signed in. Revoking deletes the row: the next request with that cookie is signed out. */
export const sessionRouter = createTRPCRouter({
  list: browserSessionProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        id: session.id,
        userAgent: session.userAgent,
        ipAddress: session.ipAddress,
        createdAt: session.createdAt,
        lastActiveAt: session.updatedAt,
        expiresAt: session.expiresAt,
      })
      .from(session)
      .where(and(eq(session.userId, ctx.user.id), gt(session.expiresAt, new Date())))
      .orderBy(desc(session.updatedAt));
    return rows.map((row) => ({ ...row, current: row.id === ctx.identity.sessionId }));
  }),

  revoke: browserSessionProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) => {
    // Ending its own session is signing out; ending another would sign out another visitor.
    if (isDemoAccount(ctx.user) && input.id !== ctx.identity.sessionId) {
      throw forbidden(DEMO_ACCOUNT_REFUSAL);
    }
    const [revoked] = await ctx.db
      .delete(session)
      .where(and(eq(session.userId, ctx.user.id), eq(session.id, input.id)))
      .returning({ id: session.id });
    if (!revoked) throw notFound({ message: "That session does not exist." });
    return revoked;
  }),

  /** Every session but the one making the request (all of them for a bearer token). */
  revokeOthers: browserSessionProcedure.mutation(async ({ ctx }) => {
    if (isDemoAccount(ctx.user)) throw forbidden(DEMO_ACCOUNT_REFUSAL);
    const mine = eq(session.userId, ctx.user.id);
    const current = ctx.identity.sessionId;
    const revoked = await ctx.db
      .delete(session)
      .where(current ? and(mine, ne(session.id, current)) : mine)
      .returning({ id: session.id });
    return { count: revoked.length };
  }),
});
