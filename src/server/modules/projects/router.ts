import "server-only";
import { and, asc, desc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import {
  createProjectInput,
  deleteProjectInput,
  projectIdInput,
  reorderProjectInput,
  updateProjectInput,
} from "@/lib/schemas/project";
import type { Database } from "@/server/db";
import { project, task } from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";
import { bumpUpdatedAt } from "@/server/modules/tasks/versions";
import { assertWithinQuota } from "@/server/quotas";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { countInbox, listProjects } from "./queries";

const owned = (userId: string, id: string) => and(eq(project.userId, userId), eq(project.id, id));

/** Sidebar order keys are computed under a per-user lock, like task positions. */
function withProjectLock<T>(db: Database, userId: string, work: (tx: Database) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`project-position:${userId}`}, 0))`);
    return work(tx);
  });
}

async function edgePosition(db: Database, userId: string, where: ReturnType<typeof and>, side: "first" | "last") {
  const [row] = await db
    .select({ position: project.position })
    .from(project)
    .where(and(eq(project.userId, userId), where))
    .orderBy(side === "first" ? asc(project.position) : desc(project.position))
    .limit(1);
  return row?.position ?? null;
}

export const projectRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.user.id)),

  /** Open tasks in the Inbox (no project), for the sidebar. */
  inboxCount: protectedProcedure.query(({ ctx }) => countInbox(ctx.db, ctx.user.id)),

  create: protectedProcedure.input(createProjectInput).mutation(async ({ ctx, input }) => {
    const [created] = await withProjectLock(ctx.db, ctx.user.id, async (tx) => {
      await assertWithinQuota(tx, ctx.user.id, "projects");
      return tx
        .insert(project)
        .values({
          id: input.id,
          userId: ctx.user.id,
          name: input.name,
          color: input.color,
          position: generateKeyBetween(await edgePosition(tx, ctx.user.id, undefined, "last"), null),
        })
        .returning();
    });
    // `returning` gives the inserted row (a failed insert throws); this narrows the type.
    if (!created) throw new Error("The insert returned no row.");
    return created;
  }),

  /** Renames, recolours, archives or unarchives. */
  update: protectedProcedure.input(updateProjectInput).mutation(async ({ ctx, input }) => {
    const { id, archived, ...changes } = input;
    const [updated] = await ctx.db
      .update(project)
      .set({ ...changes, ...(archived === undefined ? {} : { archivedAt: archived ? sql`now()` : null }) })
      .where(owned(ctx.user.id, id))
      .returning();
    if (!updated) throw notFound("Project");
    return updated;
  }),

  reorder: protectedProcedure.input(reorderProjectInput).mutation(async ({ ctx, input }) => {
    return withProjectLock(ctx.db, ctx.user.id, async (tx) => {
      const positionOf = async (id: string) => {
        const [row] = await tx.select({ position: project.position }).from(project).where(owned(ctx.user.id, id));
        if (!row) throw notFound("Project");
        return row.position;
      };
      await positionOf(input.id);
      const others = ne(project.id, input.id);
      let after = input.afterId ? await positionOf(input.afterId) : null;
      let before = input.beforeId ? await positionOf(input.beforeId) : null;
      if (after !== null && before === null)
        before = await edgePosition(tx, ctx.user.id, and(others, gt(project.position, after)), "first");
      else if (before !== null && after === null)
        after = await edgePosition(tx, ctx.user.id, and(others, lt(project.position, before)), "last");
      else if (after === null && before === null) {
        if (input.afterId === null) before = await edgePosition(tx, ctx.user.id, others, "first");
        else after = await edgePosition(tx, ctx.user.id, others, "last");
      }
      if (after !== null && before !== null && after >= before) {
        throw invalid("The project after which it goes must come first.");
      }
      const [moved] = await tx
        .update(project)
        .set({ position: generateKeyBetween(after, before) })
        .where(owned(ctx.user.id, input.id))
        .returning();
      if (!moved) throw notFound("Project");
      return moved;
    });
  }),

  /**
   * Deletes a project for good. Its tasks (trashed ones too) move to the Inbox, or are deleted
   * with it, as the user chose.
   */
  delete: protectedProcedure.input(deleteProjectInput).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [found] = await tx
        .select({ id: project.id })
        .from(project)
        .where(owned(ctx.user.id, input.id))
        .for("update");
      if (!found) throw notFound("Project");
      let movedTasks = 0;
      if (input.tasks === "moveToInbox") {
        const moved = await tx
          .update(task)
          .set({ projectId: null, updatedAt: bumpUpdatedAt })
          .where(and(eq(task.userId, ctx.user.id), eq(task.projectId, input.id)))
          .returning({ id: task.id });
        movedTasks = moved.length;
      }
      // With "delete", the tasks are deleted for good with the project (ON DELETE CASCADE on task.project_id).
      await tx.delete(project).where(owned(ctx.user.id, input.id));
      return { id: input.id, movedTasks };
    });
  }),

  byId: protectedProcedure.input(projectIdInput).query(async ({ ctx, input }) => {
    const [found] = await ctx.db.select().from(project).where(owned(ctx.user.id, input.id));
    if (!found) throw notFound("Project");
    return found;
  }),
});
