import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import type { inviteInput } from "@/lib/schemas/members";
import { requireProjectAccess } from "@/server/access/project-access";
import { EMAILS_PER_ADDRESS } from "@/server/auth/account-limits";
import { baseURL } from "@/server/auth/urls";
import type { Database } from "@/server/db";
import { project, projectInvitation, projectMember, user } from "@/server/db/schema";
import { isDemoAccount } from "@/server/demo/guard";
import { conflict, forbidden, notFound } from "@/server/domain-errors";
import { invitationEmail } from "@/server/email/messages";
import { sendEmail } from "@/server/email/send";
import { log } from "@/server/log";
import { notify } from "@/server/modules/notifications/notify";
import { consumeRateLimit } from "@/server/rate-limit";
import { INVITATION_LIFETIME_MS, INVITATIONS_PER_PROJECT, INVITATIONS_PER_USER } from "./limits";
import { generateLinkToken } from "./tokens";

export const DEMO_INVITATION_REFUSAL =
  "The demo account is shared by every visitor, so it can't send invitations. Create your own account to share a project.";

export const invitationLink = (token: string) => `${baseURL}/invite/${token}`;

async function assertWithinInvitationLimits(tx: Database, userId: string, projectId: string) {
  const byUser = await consumeRateLimit(tx, { kind: "invitations-by-user", userId }, INVITATIONS_PER_USER);
  const toProject = await consumeRateLimit(tx, { kind: "invitations-to-project", projectId }, INVITATIONS_PER_PROJECT);
  const refused = [byUser, toProject].find((result) => !result.ok);
  if (refused && !refused.ok) {
    const minutes = Math.ceil(refused.retryAfterSeconds / 60);
    throw forbidden(`Too many invitations for now: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

/** An account whose verified address is invited sees it in its inbox too (the inviter cannot tell). */
async function tellInvitee(tx: Database, userId: string, projectId: string, email: string) {
  const [invitee] = await tx
    .select({ userId: user.id, projectName: project.name })
    .from(user)
    .innerJoin(project, eq(project.id, projectId))
    .where(and(sql`lower(${user.email}) = ${email}`, eq(user.emailVerified, true)));
  if (invitee)
    await notify(tx, userId, { kind: "invited", to: [invitee.userId], projectId, subject: invitee.projectName });
}

/**
 * An owner invites an address with a role, and the address is mailed a single-use link. Inviting it again
 * refreshes the pending invitation (new link, role, 7 days). The answer is the same whether or not the
 * address has an account; only an address that is already a member's is refused, as the member list shows.
 */
export async function invite(
  db: Database,
  inviter: { id: string; email: string },
  input: z.output<typeof inviteInput>,
) {
  // Its password is public: anyone could make it mail any address.
  if (isDemoAccount(inviter)) throw forbidden(DEMO_INVITATION_REFUSAL);
  const userId = inviter.id;
  const { token, tokenHash } = generateLinkToken();
  const invitation = await db.transaction(async (tx) => {
    await requireProjectAccess(tx, userId, input.projectId, "manage");
    const [member] = await tx
      .select({ userId: projectMember.userId })
      .from(projectMember)
      .innerJoin(user, eq(user.id, projectMember.userId))
      .where(and(eq(projectMember.projectId, input.projectId), sql`lower(${user.email}) = ${input.email}`));
    if (member) throw conflict(`${input.email} is already a member of this project.`);
    await assertWithinInvitationLimits(tx, userId, input.projectId);
    const fresh = {
      role: input.role,
      invitedBy: userId,
      tokenHash,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    };
    const [saved] = await tx
      .insert(projectInvitation)
      .values({ projectId: input.projectId, email: input.email, ...fresh })
      .onConflictDoUpdate({
        target: [projectInvitation.projectId, projectInvitation.email],
        set: { ...fresh, createdAt: sql`now()` },
      })
      .returning({
        id: projectInvitation.id,
        email: projectInvitation.email,
        role: projectInvitation.role,
        expiresAt: projectInvitation.expiresAt,
      });
    // `returning` gives the written row (a failed write throws); this narrows the type.
    if (!saved) throw new Error("The invitation was not saved.");
    await tellInvitee(tx, userId, input.projectId, input.email);
    return saved;
  });
  // Mail to one address counts with every other mail the app sends it; past that allowance the invitation
  // still stands (seen in the app by an existing account), unmailed, and the answer stays the same.
  const mailable = await consumeRateLimit(db, { kind: "email-recipient", email: invitation.email }, EMAILS_PER_ADDRESS);
  if (mailable.ok) await sendEmail(invitationEmail(invitation.email, invitation.role, invitationLink(token)), db);
  else log.warn("invitation email not sent: too many to this address this hour");
  return invitation;
}

/** An owner's view of the project's pending invitations (expired ones too, until they are revoked or sent again). */
export async function listProjectInvitations(db: Database, userId: string, projectId: string) {
  await requireProjectAccess(db, userId, projectId, "manage");
  return db
    .select({
      id: projectInvitation.id,
      email: projectInvitation.email,
      role: projectInvitation.role,
      invitedBy: user.name,
      expiresAt: projectInvitation.expiresAt,
      createdAt: projectInvitation.createdAt,
    })
    .from(projectInvitation)
    .innerJoin(user, eq(user.id, projectInvitation.invitedBy))
    .where(eq(projectInvitation.projectId, projectId))
    .orderBy(asc(projectInvitation.email));
}

/** An owner takes an invitation back: its link stops working. */
export function revokeInvitation(db: Database, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ projectId: projectInvitation.projectId })
      .from(projectInvitation)
      .where(eq(projectInvitation.id, id))
      .for("update");
    if (!found) throw notFound("Invitation");
    await requireProjectAccess(tx, userId, found.projectId, "manage");
    await tx.delete(projectInvitation).where(eq(projectInvitation.id, id));
    return { id };
  });
}
