import "server-only";
import { sessionIdInput } from "@/lib/schemas/sessions";
import { browserSessionProcedure, createTRPCRouter } from "@/server/trpc/init";
import { revokeOtherSessions, revokeSession } from "./mutations";
import { listSessions } from "./queries";

/** Where the user is signed in. Revoking deletes the row: the next request with that cookie is signed out. */
export const sessionRouter = createTRPCRouter({
  list: browserSessionProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.user.id, ctx.identity.sessionId)),

  revoke: browserSessionProcedure
    .input(sessionIdInput)
    .mutation(({ ctx, input }) => revokeSession(ctx.db, ctx.identity, input.id)),

  /** Every session but the one making the request (all of them for a bearer token). */
  revokeOthers: browserSessionProcedure.mutation(({ ctx }) => revokeOtherSessions(ctx.db, ctx.identity)),
});
