import "server-only";
import { accessTokenIdInput, createAccessTokenInput } from "@/lib/schemas/access-tokens";
import { browserSessionProcedure, createTRPCRouter, freshSessionProcedure } from "@/server/trpc/init";
import { createAccessToken, revokeAccessToken } from "./mutations";
import { listAccessTokens } from "./queries";

/** Personal access tokens: for scripts that call the API as the user, until revoked or expired. */
export const accessTokenRouter = createTRPCRouter({
  list: browserSessionProcedure.query(({ ctx }) => listAccessTokens(ctx.db, ctx.user.id)),

  /** The token itself is returned here only; the database keeps its hash. Needs a recent sign-in. */
  create: freshSessionProcedure
    .input(createAccessTokenInput)
    .mutation(({ ctx, input }) => createAccessToken(ctx.db, ctx.user.id, input)),

  revoke: browserSessionProcedure
    .input(accessTokenIdInput)
    .mutation(({ ctx, input }) => revokeAccessToken(ctx.db, ctx.user.id, input.id)),
});
