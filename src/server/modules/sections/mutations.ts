import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import {
  type createSectionInput,
  type deleteSectionInput,
  type reorderSectionInput,
  SECTIONS_PER_PROJECT_MAX,
  type setSectionCollapsedInput,
  type updateSectionInput,
} from "@/lib/schemas/section";
import { requireProjectAccess } from "@/server/access/project-access";
import { requireTasks } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { projectMember, section, task } from "@/server/db/schema";
import { conflict, forbidden } from "@/server/domain-errors";
import { keyAtEnd, keyBetweenNeighbours, lockOrder } from "@/server/manual-order";
import { trash } from "@/server/modules/tasks/bulk";
import { sectionOrder, sectionsOf } from "./order";
import { findSection, requireSection, sectionById } from "./queries";

// Who may change a project's sections: whoever may edit its tasks (owners and editors), since a section is
// how its tasks are arranged; viewers only see them.

/**
 * A new section, last in its project, or right after `afterId` (null: first). Idempotent for a client-made id:
 * sending the same create again returns the section instead of making a second one.
 */
export async function createSection(db: Database, userId: string, input: z.output<typeof createSectionInput>) {
  const id = await db.transaction(async (tx) => {
    await requireProjectAccess(tx, userId, input.projectId, "editTasks");
    const scope = sectionsOf(input.projectId);
    await lockOrder(tx, scope);
    if ((await tx.$count(section, eq(section.projectId, input.projectId))) >= SECTIONS_PER_PROJECT_MAX) {
      throw forbidden(`A project can have at most ${SECTIONS_PER_PROJECT_MAX} sections.`);
    }
    const [inserted] = await tx
      .insert(section)
      .values({
        id: input.id,
        projectId: input.projectId,
        name: input.name,
        position: await keyAtEnd(tx, sectionOrder, scope),
      })
      .onConflictDoNothing({ target: section.id })
      .returning({ id: section.id });
    if (!inserted) return input.id;
    if (input.afterId !== undefined) {
      const position = await keyBetweenNeighbours(tx, sectionOrder, scope, { id: inserted.id, afterId: input.afterId });
      await tx.update(section).set({ position }).where(eq(section.id, inserted.id));
    }
    return inserted.id;
  });
  const created = id ? await findSection(db, userId, id) : null;
  if (!created || created.projectId !== input.projectId) throw conflict("That section id is already taken.");
  return created;
}

/** Renames the section. */
export async function updateSection(db: Database, userId: string, input: z.output<typeof updateSectionInput>) {
  await db.transaction(async (tx) => {
    await requireSection(tx, userId, input.id, "editTasks");
    await tx.update(section).set({ name: input.name, updatedAt: sql`now()` }).where(eq(section.id, input.id));
  });
  return sectionById(db, userId, input.id);
}

/** Puts the section after `afterId` and/or before `beforeId` among its project's sections (neither: last). */
export async function reorderSection(db: Database, userId: string, input: z.output<typeof reorderSectionInput>) {
  const placement = input.afterId === undefined && !input.beforeId ? { ...input, beforeId: null } : input;
  await db.transaction(async (tx) => {
    const moving = await requireSection(tx, userId, input.id, "editTasks");
    const scope = sectionsOf(moving.projectId);
    await lockOrder(tx, scope);
    const position = await keyBetweenNeighbours(tx, sectionOrder, scope, placement);
    await tx.update(section).set({ position, updatedAt: sql`now()` }).where(eq(section.id, input.id));
  });
  return sectionById(db, userId, input.id);
}

/**
 * Collapses or expands the section in the caller's own view (any member may: it changes nobody else's).
 * Kept in their membership, so it goes when they leave the project; a deleted section's id is ignored.
 */
export async function setSectionCollapsed(
  db: Database,
  userId: string,
  input: z.output<typeof setSectionCollapsedInput>,
) {
  const found = await sectionById(db, userId, input.id);
  const without = sql`array_remove(${projectMember.collapsedSectionIds}, ${input.id}::uuid)`;
  await db
    .update(projectMember)
    .set({ collapsedSectionIds: input.collapsed ? sql`array_append(${without}, ${input.id}::uuid)` : without })
    .where(and(eq(projectMember.projectId, found.projectId), eq(projectMember.userId, userId)));
  return { id: input.id, collapsed: input.collapsed };
}

/**
 * Deletes the section. Its tasks either stay in the project with no section (`move`), or go to the trash
 * with their subtasks, as `task.delete` puts them there (`delete`): `trashedIds` is what `task.bulk`'s
 * restore brings back (in no section, as the section is gone).
 */
export function deleteSection(db: Database, userId: string, input: z.output<typeof deleteSectionInput>) {
  return db.transaction(async (tx) => {
    const gone = await requireSection(tx, userId, input.id, "editTasks");
    const live = await tx
      .select({ id: task.id })
      .from(task)
      .where(and(eq(task.sectionId, input.id), isNull(task.deletedAt)));
    const ids = live.map((row) => row.id);
    // Locks the tasks and names the user as the one changing them, for their history.
    if (ids.length > 0) await requireTasks(tx, userId, ids, "editTasks");
    const trashed = input.tasks === "delete" && ids.length > 0 ? await trash(tx, ids) : [];
    // Every task still in it (trashed ones too) loses its section: ON DELETE SET NULL (section_id).
    await tx.delete(section).where(eq(section.id, input.id));
    return {
      id: gone.id,
      projectId: gone.projectId,
      movedTasks: input.tasks === "move" ? ids.length : 0,
      trashedIds: trashed.map((row) => row.id),
    };
  });
}
