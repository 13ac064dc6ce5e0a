import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { connectedAppInput } from "@/lib/schemas/connected-apps";
import { oauthAccessToken, oauthConsent, oauthRefreshToken } from "@/server/db/schema";
import { browserSessionProcedure, createTRPCRouter } from "@/server/trpc/init";
import { connectedApps } from "./queries";

/** Apps (MCP clients) the user allowed through the OAuth server: listed in Settings, revocable there. */
export const connectedAppRouter = createTRPCRouter({
  list: browserSessionProcedure.query(({ ctx }) => connectedApps(ctx.db, ctx.user.id)),

  /**
   * Takes the app's access away: its consent (so its access tokens, checked against it, stop at once)
   * and its refresh and stored access tokens (so it cannot get new ones).
   */
  revoke: browserSessionProcedure.input(connectedAppInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const revoked = await tx
        .delete(oauthConsent)
        .where(and(eq(oauthConsent.userId, ctx.user.id), eq(oauthConsent.clientId, input.clientId)))
        .returning({ id: oauthConsent.id });
      if (revoked.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "That app is not connected." });
      const ofApp = (table: typeof oauthAccessToken | typeof oauthRefreshToken) =>
        and(eq(table.userId, ctx.user.id), eq(table.clientId, input.clientId));
      await tx.delete(oauthAccessToken).where(ofApp(oauthAccessToken));
      await tx.delete(oauthRefreshToken).where(ofApp(oauthRefreshToken));
      return { clientId: input.clientId };
    }),
  ),
});
