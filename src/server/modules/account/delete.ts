import "server-only";
import { eq, sql } from "drizzle-orm";
import { type DeleteAccountInput, SIGN_IN_AGAIN_TO_DELETE } from "@/lib/schemas/account";
import { signedInRecently } from "@/server/auth/fresh-session";
import { forgetCachedSessions } from "@/server/auth/session-cache";
import type { Database } from "@/server/db";
import { emailOutbox, user, verification } from "@/server/db/schema";
import { DEMO_ACCOUNT_REFUSAL, isDemoAccount } from "@/server/demo/guard";
import { forbidden, invalid } from "@/server/domain-errors";
import { leaveAllProjects } from "@/server/modules/projects/leave-all";
import { forgetUserInFeed } from "@/server/modules/sync/feed";
import { deleteUserRateLimits } from "@/server/rate-limit";
import { passwordHashOf, passwordMatches } from "./password";

/**
 * Deletes the signed-in user after the typed confirmation and proof that it is them: their password, or
 * for an account without one (email link, provider), a sign-in within the last 15 minutes. Every row
 * of theirs goes with the user row (`ON DELETE CASCADE` from `user`: sessions, accounts, projects,
 * labels, tasks, their labels and history), so their sessions end at once; first they leave every
 * shared project, which keeps its tasks (see leaveAllProjects). Rows that name the user
 * without a foreign key go in the same transaction: unused reset tokens, mail kept for their address,
 * the counters of their requests, and the change feed's rows addressed to them (last, after the
 * deletions above have appended theirs).
 */
export async function deleteAccount(
  db: Database,
  caller: { user: { id: string; email: string }; sessionId: string | null },
  input: DeleteAccountInput,
) {
  const { user: me, sessionId } = caller;
  if (isDemoAccount(me)) throw forbidden(DEMO_ACCOUNT_REFUSAL);
  const hash = await passwordHashOf(db, me.id);
  if (hash) {
    if (!input.password || !(await passwordMatches(hash, input.password))) {
      throw invalid("That password is not right.");
    }
  } else if (!(await signedInRecently(db, sessionId))) {
    throw forbidden(SIGN_IN_AGAIN_TO_DELETE);
  }
  await db.transaction(async (tx) => {
    // Unused password-reset tokens name the user in `value` (no foreign key: Better Auth's own table).
    await tx.delete(verification).where(eq(verification.value, me.id));
    // A magic-link request keeps the address as it was typed.
    await tx.delete(emailOutbox).where(sql`lower(${emailOutbox.to}) = lower(${me.email})`);
    await deleteUserRateLimits(tx, me);
    await leaveAllProjects(tx, me.id);
    await tx.delete(user).where(eq(user.id, me.id));
    await forgetUserInFeed(tx, me.id);
  });
  forgetCachedSessions();
  return { deleted: true as const };
}
