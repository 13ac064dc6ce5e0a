import "server-only";
import { TRPCError } from "@trpc/server";
import { deleteAccountInput } from "@/lib/schemas/account";
import { updateAccountInput } from "@/lib/schemas/auth";
import { browserSessionProcedure, createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { deleteAccount } from "./delete";
import { exportAccountData } from "./export";
import { describeAccount } from "./queries";
import { updateAccountSettings } from "./settings";

export const accountRouter = createTRPCRouter({
  /** The signed-in user, as the session read it from the database for this request. */
  me: protectedProcedure.query(({ ctx }) => describeAccount(ctx.db, ctx.user)),

  /** Settings the user edits in the app (name, time zone, 12/24-hour clock). */
  update: protectedProcedure
    .input(updateAccountInput)
    .mutation(({ ctx, input }) => updateAccountSettings(ctx.db, ctx.user.id, input)),

  /** Everything the user owns, as JSON (also downloadable at /api/account/export). */
  export: protectedProcedure.query(async ({ ctx }) => {
    const data = await exportAccountData(ctx.db, ctx.user.id);
    // The session's user was deleted between the session read and this one.
    if (!data) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    return data;
  }),

  /** Deletes the account and everything in it; needs the password and the typed confirmation. */
  delete: browserSessionProcedure
    .input(deleteAccountInput)
    .mutation(({ ctx, input }) => deleteAccount(ctx.db, ctx.identity, input)),
});
