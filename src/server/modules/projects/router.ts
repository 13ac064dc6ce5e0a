import "server-only";
import {
  createProjectInput,
  deleteProjectInput,
  projectIdInput,
  reorderProjectInput,
  setProjectLayoutInput,
  updateProjectInput,
} from "@/lib/schemas/project";
import { memberProcedures } from "@/server/modules/members/router";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createProject, deleteProject, reorderProject, setProjectLayout, updateProject } from "./mutations";
import { countInbox, listProjects, projectById } from "./queries";

export const projectRouter = createTRPCRouter({
  ...memberProcedures,

  list: protectedProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.user.id)),

  /** Open tasks in the Inbox (no project), for the sidebar. */
  inboxCount: protectedProcedure.query(({ ctx }) => countInbox(ctx.db, ctx.user.id)),

  create: protectedProcedure
    .input(createProjectInput)
    .mutation(({ ctx, input }) => createProject(ctx.db, ctx.user.id, input)),

  update: protectedProcedure
    .input(updateProjectInput)
    .mutation(({ ctx, input }) => updateProject(ctx.db, ctx.user.id, input)),

  reorder: protectedProcedure
    .input(reorderProjectInput)
    .mutation(({ ctx, input }) => reorderProject(ctx.db, ctx.user.id, input)),

  /** Shows it as a list or a board, for the caller only (any member). */
  setLayout: protectedProcedure
    .input(setProjectLayoutInput)
    .mutation(({ ctx, input }) => setProjectLayout(ctx.db, ctx.user.id, input)),

  delete: protectedProcedure
    .input(deleteProjectInput)
    .mutation(({ ctx, input }) => deleteProject(ctx.db, ctx.user.id, input)),

  byId: protectedProcedure.input(projectIdInput).query(({ ctx, input }) => projectById(ctx.db, ctx.user.id, input.id)),
});
