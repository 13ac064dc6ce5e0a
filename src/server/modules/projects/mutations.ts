import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import type {
  createProjectInput,
  deleteProjectInput,
  reorderProjectInput,
  setProjectLayoutInput,
  updateProjectInput,
} from "@/lib/schemas/project";
import { requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { project, projectMember, task } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { keyAtEnd, keyBetweenNeighbours, withOrderLock } from "@/server/manual-order";
import { bumpUpdatedAt } from "@/server/modules/tasks/versions";
import { assertWithinQuota } from "@/server/quotas";
import { projectById } from "./queries";
import { sidebarOf, sidebarOrder } from "./sidebar-order";

/** A new project with its creator as owner, last in their sidebar. */
export async function createProject(db: Database, userId: string, input: z.output<typeof createProjectInput>) {
  const id = await withOrderLock(db, sidebarOf(userId), async (tx) => {
    await assertWithinQuota(tx, userId, "projects");
    const [created] = await tx
      .insert(project)
      .values({ id: input.id, userId, name: input.name, color: input.color })
      .returning({ id: project.id });
    // `returning` gives the inserted row (a failed insert throws); this narrows the type.
    if (!created) throw new Error("The insert returned no row.");
    await tx.insert(projectMember).values({
      projectId: created.id,
      userId,
      role: "owner",
      position: await keyAtEnd(tx, sidebarOrder, sidebarOf(userId)),
    });
    return created.id;
  });
  return projectById(db, userId, id);
}

/** Renames, recolours, archives or unarchives: an owner's decision, for every member. */
export async function updateProject(db: Database, userId: string, input: z.output<typeof updateProjectInput>) {
  const { id, archived, ...changes } = input;
  await db.transaction(async (tx) => {
    await requireProjectAccess(tx, userId, id, "manage");
    await tx
      .update(project)
      .set({ ...changes, ...(archived === undefined ? {} : { archivedAt: archived ? sql`now()` : null }) })
      .where(eq(project.id, id));
  });
  return projectById(db, userId, id);
}

/**
 * Puts the project after `afterId` and/or before `beforeId` in the user's own sidebar (`afterId: null`:
 * first). Naming neither neighbour puts it last. Any member may: only their sidebar changes.
 */
export async function reorderProject(db: Database, userId: string, input: z.output<typeof reorderProjectInput>) {
  const placement = input.afterId === undefined && !input.beforeId ? { ...input, beforeId: null } : input;
  await withOrderLock(db, sidebarOf(userId), async (tx) => {
    const [moved] = await tx
      .update(projectMember)
      .set({ position: await keyBetweenNeighbours(tx, sidebarOrder, sidebarOf(userId), placement) })
      .where(and(eq(projectMember.userId, userId), eq(projectMember.projectId, input.id)))
      .returning({ id: projectMember.projectId });
    if (!moved) throw notFound("Project");
  });
  return projectById(db, userId, input.id);
}

/** Shows the project as a list or a board, for the caller only: any member may. */
export async function setProjectLayout(db: Database, userId: string, input: z.output<typeof setProjectLayoutInput>) {
  const [changed] = await db
    .update(projectMember)
    .set({ layout: input.layout })
    .where(and(eq(projectMember.userId, userId), eq(projectMember.projectId, input.projectId)))
    .returning({ id: projectMember.projectId });
  if (!changed) throw notFound("Project");
  return projectById(db, userId, input.projectId);
}

/**
 * Deletes a project for good, for every member: an owner's decision. Its tasks (trashed ones too) move
 * to their creators' Inboxes, or are deleted with it, as the owner chose.
 */
export function deleteProject(db: Database, userId: string, input: z.output<typeof deleteProjectInput>) {
  return db.transaction(async (tx) => {
    await requireProjectAccess(tx, userId, input.id, "manage");
    const [found] = await tx.select({ id: project.id }).from(project).where(eq(project.id, input.id)).for("update");
    if (!found) throw notFound("Project");
    let movedTasks = 0;
    if (input.tasks === "moveToInbox") {
      const moved = await tx
        .update(task)
        .set({ projectId: null, updatedAt: bumpUpdatedAt })
        .where(eq(task.projectId, input.id))
        .returning({ id: task.id });
      movedTasks = moved.length;
    }
    // With "delete", the tasks go with the project (ON DELETE CASCADE on task.project_id), as do its memberships.
    await tx.delete(project).where(eq(project.id, input.id));
    return { id: input.id, movedTasks };
  });
}
