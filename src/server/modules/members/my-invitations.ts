import "server-only";
import { and, asc, eq, gt, type Placeholder, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/server/db";
import { project, projectInvitation, user } from "@/server/db/schema";
import { forbidden, notFound } from "@/server/domain-errors";
import { markInvitationRead } from "@/server/modules/notifications/mutations";
import { addMember } from "./membership";
import { hashLinkToken } from "./tokens";

// The invitee's side: an invitation is theirs when it names their email address and that address is
// verified (whoever signs up with someone else's address cannot take their invitations).

/** Said for an invitation that is someone else's or gone: nothing about the project. */
export const NOT_YOURS_MESSAGE = "This invitation is for another email address or no longer exists.";
export const VERIFY_FIRST_MESSAGE = "Verify your email address first: open the link we emailed you, then come back.";
export const EXPIRED_MESSAGE = "This invitation has expired: ask whoever invited you to send a new one.";

const invitationFields = {
  id: projectInvitation.id,
  projectId: projectInvitation.projectId,
  projectName: project.name,
  role: projectInvitation.role,
  /** The inviter's name. */
  invitedBy: user.name,
  expiresAt: projectInvitation.expiresAt,
};

/** The signed-in user, beside the inviter (also a user) in one statement. */
const me = alias(user, "me");

/** An invitation row is the user's, pending: for their verified address, not expired. */
const pendingFor = (userId: string | Placeholder) =>
  and(
    eq(me.id, userId),
    eq(me.emailVerified, true),
    eq(sql`lower(${me.email})`, projectInvitation.email),
    gt(projectInvitation.expiresAt, sql`now()`),
  );

/** The signed-in user's pending invitations (not expired), matched on their verified address, in one statement. */
export function listMyInvitations(db: Database, userId: string) {
  return db
    .select(invitationFields)
    .from(projectInvitation)
    .innerJoin(me, pendingFor(userId))
    .innerJoin(project, eq(project.id, projectInvitation.projectId))
    .innerJoin(user, eq(user.id, projectInvitation.invitedBy))
    .orderBy(asc(projectInvitation.createdAt));
}

/** How many invitations {@link listMyInvitations} lists, as a scalar subquery (the bell's statement reads it). */
export function pendingInvitationCount(userId: string | Placeholder): SQL<number> {
  return sql<number>`(select count(*)::int from ${projectInvitation} join ${user} as me on ${pendingFor(userId)})`;
}

/**
 * The invitation `where` names, if it is the user's: NOT_FOUND when it is gone or for another address,
 * FORBIDDEN until their address is verified, NOT_FOUND saying so when it has expired.
 */
async function yourInvitation(
  db: Database,
  userId: string,
  where: SQL,
  { lock = false, expiredToo = false }: { lock?: boolean; expiredToo?: boolean } = {},
) {
  const [account] = await db
    .select({ email: user.email, emailVerified: user.emailVerified })
    .from(user)
    .where(eq(user.id, userId));
  const query = db
    .select(invitationFields)
    .from(projectInvitation)
    .innerJoin(project, eq(project.id, projectInvitation.projectId))
    .innerJoin(user, eq(user.id, projectInvitation.invitedBy))
    .where(and(where, eq(projectInvitation.email, (account?.email ?? "").toLowerCase())));
  const [found] = lock ? await query.for("update", { of: projectInvitation }) : await query;
  if (!found || !account) throw notFound({ message: NOT_YOURS_MESSAGE });
  if (!account.emailVerified) throw forbidden(VERIFY_FIRST_MESSAGE);
  if (!expiredToo && found.expiresAt.getTime() <= Date.now()) throw notFound({ message: EXPIRED_MESSAGE });
  return found;
}

/** What the invitation page shows for the token in its link. */
export function invitationByToken(db: Database, userId: string, token: string) {
  return yourInvitation(db, userId, eq(projectInvitation.tokenHash, hashLinkToken(token)));
}

/**
 * Joins the project with the invited role and uses the invitation up. Someone already a member keeps
 * their membership as it is.
 */
export function acceptInvitation(db: Database, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const invitation = await yourInvitation(tx, userId, eq(projectInvitation.id, id), { lock: true });
    await addMember(tx, userId, invitation.projectId, invitation.role);
    await tx.delete(projectInvitation).where(eq(projectInvitation.id, id));
    await markInvitationRead(tx, invitation.projectId, userId);
    return { projectId: invitation.projectId };
  });
}

/** Turns the invitation down (an expired one too): it is deleted, and its link stops working. */
export function declineInvitation(db: Database, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const invitation = await yourInvitation(tx, userId, eq(projectInvitation.id, id), {
      lock: true,
      expiredToo: true,
    });
    await tx.delete(projectInvitation).where(eq(projectInvitation.id, id));
    await markInvitationRead(tx, invitation.projectId, userId);
    return { id };
  });
}
