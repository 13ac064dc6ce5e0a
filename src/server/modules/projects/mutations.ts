import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import type {
  createProjectInput,
  deleteProjectInput,
  reorderProjectInput,
  updateProjectInput,
} from "@/lib/schemas/project";
import type { Database } from "@/server/db";
import { project, task } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { keyAtEnd, keyBetweenNeighbours, type ManualOrder, withOrderLock } from "@/server/manual-order";
import { bumpUpdatedAt } from "@/server/modules/tasks/versions";
import { assertWithinQuota } from "@/server/quotas";
import { ownedProject } from "./queries";

/** The sidebar's order: like tasks', under a per-user lock. */
const projectOrder: ManualOrder = {
  noun: "project",
  table: project,
  id: project.id,
  userId: project.userId,
  position: project.position,
  nameable: (userId) => eq(project.userId, userId),
};

/** A new project, last in the sidebar. */
export async function createProject(db: Database, userId: string, input: z.output<typeof createProjectInput>) {
  const [created] = await withOrderLock(db, projectOrder, userId, async (tx) => {
    await assertWithinQuota(tx, userId, "projects");
    return tx
      .insert(project)
      .values({
        id: input.id,
        userId,
        name: input.name,
        color: input.color,
        position: await keyAtEnd(tx, projectOrder, userId),
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

/**
 * Puts the project after `afterId` and/or before `beforeId` in the sidebar (`afterId: null`: first).
 * Naming neither neighbour puts it last.
 */
export function reorderProject(db: Database, userId: string, input: z.output<typeof reorderProjectInput>) {
  const placement = input.afterId === undefined && !input.beforeId ? { ...input, beforeId: null } : input;
  return withOrderLock(db, projectOrder, userId, async (tx) => {
    const [moved] = await tx
      .update(project)
      .set({ position: await keyBetweenNeighbours(tx, projectOrder, userId, placement) })
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
