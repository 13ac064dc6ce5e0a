import "server-only";
import { connectedAppInput } from "@/lib/schemas/connected-apps";
import { notFound } from "@/server/domain-errors";
import { browserSessionProcedure, createTRPCRouter } from "@/server/trpc/init";
import { connectedApps } from "./queries";
import { revokeConnectedApp } from "./revoke";

/** Apps (MCP clients) the user allowed through the OAuth server: listed in Settings, revocable there. */
export const connectedAppRouter = createTRPCRouter({
  list: browserSessionProcedure.query(({ ctx }) => connectedApps(ctx.db, ctx.user.id)),
  /** Takes the app's access away: see {@link revokeConnectedApp}. */
  revoke: browserSessionProcedure.input(connectedAppInput).mutation(async ({ ctx, input }) => {
    if (!(await revokeConnectedApp(ctx.db, ctx.user.id, input.clientId))) {
      throw notFound({ message: "That app is not connected." });
    }
    return { clientId: input.clientId };
  }),
});
