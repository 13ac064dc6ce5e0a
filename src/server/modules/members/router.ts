import "server-only";
import {
  createShareLinkInput,
  invitationIdInput,
  invitationTokenInput,
  inviteInput,
  joinInput,
  memberInput,
  projectOnlyInput,
  setRoleInput,
} from "@/lib/schemas/members";
import { notifyingProcedure } from "@/server/modules/notifications/procedure";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { invite, listProjectInvitations, revokeInvitation } from "./invite";
import { leaveProject, listMembers, removeMember, setRole } from "./members";
import { acceptInvitation, declineInvitation, invitationByToken, listMyInvitations } from "./my-invitations";
import { createShareLink, currentShareLink, disableShareLink, joinByShareLink } from "./share-links";

/** The project's people, invitations and share link: part of the `project` router. */
export const memberProcedures = {
  invite: notifyingProcedure.input(inviteInput).mutation(({ ctx, input }) => invite(ctx.db, ctx.user, input)),

  invitations: protectedProcedure
    .input(projectOnlyInput)
    .query(({ ctx, input }) => listProjectInvitations(ctx.db, ctx.user.id, input.projectId)),

  revokeInvitation: protectedProcedure
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.user.id, input.id)),

  members: protectedProcedure
    .input(projectOnlyInput)
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.user.id, input.projectId)),

  setRole: protectedProcedure.input(setRoleInput).mutation(({ ctx, input }) => setRole(ctx.db, ctx.user.id, input)),

  removeMember: protectedProcedure
    .input(memberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user.id, input)),

  leave: protectedProcedure
    .input(projectOnlyInput)
    .mutation(({ ctx, input }) => leaveProject(ctx.db, ctx.user.id, input.projectId)),

  shareLink: protectedProcedure
    .input(projectOnlyInput)
    .query(({ ctx, input }) => currentShareLink(ctx.db, ctx.user.id, input.projectId)),

  createShareLink: protectedProcedure
    .input(createShareLinkInput)
    .mutation(({ ctx, input }) => createShareLink(ctx.db, ctx.user.id, input)),

  disableShareLink: protectedProcedure
    .input(projectOnlyInput)
    .mutation(({ ctx, input }) => disableShareLink(ctx.db, ctx.user.id, input.projectId)),

  join: notifyingProcedure
    .input(joinInput)
    .mutation(({ ctx, input }) => joinByShareLink(ctx.db, ctx.user.id, input.token)),
};

/** The signed-in user's own invitations, matched on their verified email address. */
export const invitationRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listMyInvitations(ctx.db, ctx.user.id)),

  byToken: protectedProcedure
    .input(invitationTokenInput)
    .query(({ ctx, input }) => invitationByToken(ctx.db, ctx.user.id, input.token)),

  accept: notifyingProcedure
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.user.id, input.id)),

  decline: protectedProcedure
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => declineInvitation(ctx.db, ctx.user.id, input.id)),
});
