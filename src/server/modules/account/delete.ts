import "server-only";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { deleteAccountInput } from "@/lib/schemas/account";
import { emailOutbox, user, verification } from "@/server/db/schema";
import { deleteUserRateLimits } from "@/server/rate-limit";
import { browserSessionProcedure } from "@/server/trpc/init";
import { verifyUserPassword } from "./password";

/**
 * Deletes the signed-in user after checking their password and the typed confirmation. Every row
 * of theirs goes with the user row (`ON DELETE CASCADE` from `user`: sessions, accounts, projects,
 * labels, tasks, their labels and history), so their sessions end at once. Rows that name the user
 * without a foreign key go in the same transaction: unused reset tokens, mail kept for their address, and
 * the counters of their requests.
 */
export const deleteAccount = browserSessionProcedure.input(deleteAccountInput).mutation(async ({ ctx, input }) => {
  if (!(await verifyUserPassword(ctx.db, ctx.user.id, input.password))) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "That password is not right." });
  }
  await ctx.db.transaction(async (tx) => {
    // Unused password-reset tokens name the user in `value` (no foreign key: Better Auth's own table).
    await tx.delete(verification).where(eq(verification.value, ctx.user.id));
    // A magic-link request keeps the address as it was typed.
    await tx.delete(emailOutbox).where(sql`lower(${emailOutbox.to}) = lower(${ctx.user.email})`);
    await deleteUserRateLimits(tx, ctx.user.id);
    await tx.delete(user).where(eq(user.id, ctx.user.id));
  });
  return { deleted: true as const };
});
