import "server-only";
import { and, asc, desc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { z } from "zod/mini";
import type {
  createProjectInput,
  deleteProjectInput,
  reorderProjectInput,
  updateProjectInput,
} from "@/lib/schemas/project";
import type { Database } from "@/server/db";
import { project, task } from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";
import { bumpUpdatedAt } from "@/server/modules/tasks/versions";
import { assertWithinQuota } from "@/server/quotas";
import { ownedProject } from "./queries";

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

/** A new project, last in the sidebar. */
export async function createProject(db: Database, userId: string, input: z.output<typeof createProjectInput>) {
  const [created] = await withProjectLock(db, userId, async (tx) => {
    await assertWithinQuota(tx, userId, "projects");
    return tx
      .insert(project)
      .values({
        id: input.id,
        userId,
        name: input.name,
        color: input.color,
        position: generateKeyBetween(await edgePosition(tx, userId, undefined, "last"), null),
      })
      .returning();
  });
  // `returning` gives the inserted row (a failed insert throws); this narrows the type.
  if (!created) throw new Error("The insert returned no row.");
  return created;
}

/** Renames, recolours, archives or unarchives. */
export async function updateProject(db: Database, userId: string, input: z.output<typeof updateProjectInput>) {
  const { id, archived, ...changes } = input;
  const [updated] = await db
    .update(project)
    .set({ ...changes, ...(archived === undefined ? {} : { archivedAt: archived ? sql`now()` : null }) })
    .where(ownedProject(userId, id))
    .returning();
  if (!updated) throw notFound("Project");
  return updated;
}

/** Puts the project after `afterId` and/or before `beforeId` in the sidebar (`afterId: null`: first). */
export function reorderProject(db: Database, userId: string, input: z.output<typeof reorderProjectInput>) {
  return withProjectLock(db, userId, async (tx) => {
    const positionOf = async (id: string) => {
      const [row] = await tx.select({ position: project.position }).from(project).where(ownedProject(userId, id));
      if (!row) throw notFound("Project");
      return row.position;
    };
    await positionOf(input.id);
    const others = ne(project.id, input.id);
    let after = input.afterId ? await positionOf(input.afterId) : null;
    let before = input.beforeId ? await positionOf(input.beforeId) : null;
    if (after !== null && before === null)
      before = await edgePosition(tx, userId, and(others, gt(project.position, after)), "first");
    else if (before !== null && after === null)
      after = await edgePosition(tx, userId, and(others, lt(project.position, before)), "last");
    else if (after === null && before === null) {
      if (input.afterId === null) before = await edgePosition(tx, userId, others, "first");
      else after = await edgePosition(tx, userId, others, "last");
    }
    if (after !== null && before !== null && after >= before) {
      throw invalid("The project after which it goes must come first.");
    }
    const [moved] = await tx
      .update(project)
      .set({ position: generateKeyBetween(after, before) })
      .where(ownedProject(userId, input.id))
      .returning();
    if (!moved) throw notFound("Project");
    return moved;
  });
}

/**
 * Deletes a project for good. Its tasks (trashed ones too) move to the Inbox, or are deleted
 * with it, as the user chose.
 */
export function deleteProject(db: Database, userId: string, input: z.output<typeof deleteProjectInput>) {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: project.id })
      .from(project)
      .where(ownedProject(userId, input.id))
      .for("update");
    if (!found) throw notFound("Project");
    let movedTasks = 0;
    if (input.tasks === "moveToInbox") {
      const moved = await tx
        .update(task)
        .set({ projectId: null, updatedAt: bumpUpdatedAt })
        .where(and(eq(task.userId, userId), eq(task.projectId, input.id)))
        .returning({ id: task.id });
      movedTasks = moved.length;
    }
    // With "delete", the tasks are deleted for good with the project (ON DELETE CASCADE on task.project_id).
    await tx.delete(project).where(ownedProject(userId, input.id));
    return { id: input.id, movedTasks };
  });
}
