import "server-only";
import {
  createSectionInput,
  deleteSectionInput,
  listSectionsInput,
  reorderSectionInput,
  setSectionCollapsedInput,
  updateSectionInput,
} from "@/lib/schemas/section";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createSection, deleteSection, reorderSection, setSectionCollapsed, updateSection } from "./mutations";
import { listSections } from "./queries";

/** A project's sections: any member lists them; owners and editors (who edit its tasks) change them. */
export const sectionRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listSectionsInput)
    .query(({ ctx, input }) => listSections(ctx.db, ctx.user.id, input.projectId)),

  create: protectedProcedure
    .input(createSectionInput)
    .mutation(({ ctx, input }) => createSection(ctx.db, ctx.user.id, input)),

  /** Renames it. */
  update: protectedProcedure
    .input(updateSectionInput)
    .mutation(({ ctx, input }) => updateSection(ctx.db, ctx.user.id, input)),

  reorder: protectedProcedure
    .input(reorderSectionInput)
    .mutation(({ ctx, input }) => reorderSection(ctx.db, ctx.user.id, input)),

  /** Collapses or expands it in the caller's own view of the list (any member; `project.list` reads it back). */
  setCollapsed: protectedProcedure
    .input(setSectionCollapsedInput)
    .mutation(({ ctx, input }) => setSectionCollapsed(ctx.db, ctx.user.id, input)),

  /** Deletes it, moving its tasks out of it (kept in the project) or to the trash with it. */
  delete: protectedProcedure
    .input(deleteSectionInput)
    .mutation(({ ctx, input }) => deleteSection(ctx.db, ctx.user.id, input)),
});
