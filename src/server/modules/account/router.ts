import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { deleteAccountInput } from "@/lib/schemas/account";
import { updateAccountInput } from "@/lib/schemas/auth";
import { account, user } from "@/server/db/schema";
import { rearmUserReminders } from "@/server/modules/reminders/rearm";
import { browserSessionProcedure, createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { deleteAccount } from "./delete";
import { exportAccountData } from "./export";

export const accountRouter = createTRPCRouter({
  /** The signed-in user, as the session read it from the database for this request. */
  me: protectedProcedure.query(async ({ ctx }) => {
    const { id, name, email, emailVerified, image, timeZone, createdAt } = ctx.user;
    // OAuth- and magic-link-only users have no "credential" account, so no password to change.
    const [credential] = await ctx.db
      .select({ id: account.id })
      .from(account)
      .where(and(eq(account.userId, id), eq(account.providerId, "credential")))
      .limit(1);
    return {
      id,
      name,
      email,
      emailVerified,
      image,
      timeZone,
      createdAt,
      twoFactorEnabled: ctx.user.twoFactorEnabled === true,
      hasPassword: credential !== undefined,
    };
  }),

  /** Settings the user edits in the app (name, time zone). */
  update: protectedProcedure.input(updateAccountInput).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(user)
        .set(input)
        .where(eq(user.id, ctx.user.id))
        .returning({ name: user.name, timeZone: user.timeZone });
      if (input.timeZone !== undefined) await rearmUserReminders(tx, ctx.user.id);
      return updated;
    });
  }),

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
