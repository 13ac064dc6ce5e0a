import "server-only";
import { and, eq, inArray, isNotNull, isNull, notInArray, or, sql } from "drizzle-orm";
import type { BulkChange } from "@/lib/schemas/task";
import { requireProjectAccess } from "@/server/access/project-access";
import { requireTasks } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { invalid } from "@/server/domain-errors";
import { assertAssignable, unassignWhereNotAllowed } from "./assignees";
import { checkParent } from "./hierarchy";
import { addLabelToTasks, removeLabelFromTasks } from "./labels";
import { moveToList } from "./move-to-list";
import { tellAssignees, tellAssigners } from "./notices";
import { assertLabelsOwned } from "./queries";
import { completeTaskAndSubtasks, uncompleteTask } from "./recurring";
import { scheduleTasks } from "./schedule";
import { bumpUpdatedAt } from "./versions";

/**
 * Applies one change to many tasks, all or nothing: if any id is not a task the user can see (live
 * ones; trashed ones for `restore`), nothing is written and the answer is NOT_FOUND; if they see one
 * but may not change it (a viewer), FORBIDDEN. Returns the ids that actually changed, which is what an
 * undo has to reverse.
 */
export async function bulkUpdate(
  db: Database,
  user: { id: string; timeZone: string },
  ids: readonly string[],
  change: BulkChange,
): Promise<{ changedIds: string[] }> {
  const unique = [...new Set(ids)];
  return db.transaction(async (tx) => {
    const rows = await requireTasks(tx, user.id, unique, "editTasks", { trashed: change.action === "restore" });

    const set = (values: Partial<typeof task.$inferInsert>, where = inArray(task.id, unique)) =>
      tx
        .update(task)
        .set({ ...values, updatedAt: bumpUpdatedAt })
        .where(where)
        .returning({ id: task.id });

    switch (change.action) {
      case "complete": {
        const changed = rows.filter((row) =>
          change.completed ? !row.completedAt : row.completedAt || row.occurrencesCompleted > 0,
        );
        for (const row of changed) {
          if (change.completed) await completeTaskAndSubtasks(tx, row, user.timeZone);
          else await uncompleteTask(tx, row);
        }
        if (change.completed) await tellAssigners(tx, user.id, changed);
        return { changedIds: changed.map((row) => row.id) };
      }
      case "priority": {
        const changed = await set(
          { priority: change.priority },
          and(inArray(task.id, unique), sql`${task.priority} <> ${change.priority}`),
        );
        return { changedIds: changed.map((row) => row.id) };
      }
      case "assign": {
        // Each task's own list decides who may take it (its project's members; in the Inbox, its owner).
        for (const row of rows) {
          await assertAssignable(tx, change.assigneeId, { projectId: row.projectId, inboxOwner: row.userId });
        }
        const changed = rows.filter((row) => row.assigneeId !== change.assigneeId);
        const changedIds = changed.map((row) => row.id);
        if (changedIds.length) await set({ assigneeId: change.assigneeId }, inArray(task.id, changedIds));
        await tellAssignees(
          tx,
          user.id,
          changed.map((row) => ({ ...row, assigneeId: change.assigneeId })),
        );
        return { changedIds };
      }
      case "move": {
        if (change.parentId) {
          return { changedIds: await nestUnder(tx, user.id, rows, change.parentId, change.projectId) };
        }
        if (change.projectId) await requireProjectAccess(tx, user.id, change.projectId, "editTasks");
        const movedIds = rows.filter((row) => row.projectId !== change.projectId).map((row) => row.id);
        if (movedIds.length === 0) return { changedIds: [] };
        // A selected subtask leaves its parent unless the parent moves too; the moved tasks' own subtasks follow them.
        await set(
          { parentId: null },
          and(inArray(task.id, movedIds), or(isNull(task.parentId), notInArray(task.parentId, unique))),
        );
        const following = await tx
          .select({ id: task.id })
          .from(task)
          .where(and(inArray(task.parentId, movedIds), notInArray(task.id, movedIds)));
        const movedWithSubtasks = [...movedIds, ...following.map((row) => row.id)];
        await moveToList(tx, user.id, change.projectId, movedWithSubtasks);
        await unassignWhereNotAllowed(tx, movedWithSubtasks);
        return { changedIds: movedIds };
      }
      case "addLabel":
        await assertLabelsOwned(tx, user.id, [change.labelId]);
        return { changedIds: await addLabelToTasks(tx, user.id, unique, change.labelId) };
      case "removeLabel":
        await assertLabelsOwned(tx, user.id, [change.labelId]);
        return { changedIds: await removeLabelFromTasks(tx, unique, change.labelId) };
      case "schedule":
        return { changedIds: await scheduleTasks(tx, rows, change) };
      case "delete":
        await trash(tx, unique);
        return { changedIds: unique };
      case "restore":
        await restore(tx, unique);
        return { changedIds: unique };
    }
  });
}

/**
 * Nests tasks under a parent again (the undo of a move that took subtasks out of it), in the parent's
 * project and section, with the same rules as `task.update({ parentId })`.
 */
async function nestUnder(
  tx: Database,
  userId: string,
  rows: readonly { id: string; parentId: string | null }[],
  parentId: string,
  projectId: string | null,
) {
  const changed = rows.filter((row) => row.parentId !== parentId);
  let sectionId: string | null = null;
  for (const row of changed) {
    const parent = await checkParent(tx, userId, parentId, row.id);
    if (parent.projectId !== projectId) {
      throw invalid("A subtask lives in its parent's project.");
    }
    sectionId = parent.sectionId;
  }
  const ids = changed.map((row) => row.id);
  if (ids.length) {
    await tx.update(task).set({ parentId, updatedAt: bumpUpdatedAt }).where(inArray(task.id, ids));
    await moveToList(tx, userId, projectId, ids);
    // In the parent's section too, as every subtask is.
    await tx.update(task).set({ sectionId, updatedAt: bumpUpdatedAt }).where(inArray(task.id, ids));
  }
  return ids;
}

/**
 * Moves tasks, and their subtasks with them, to the trash (one time stamp, so restore finds them).
 * Access is the caller's to check.
 */
export async function trash(tx: Database, ids: readonly string[]) {
  return tx
    .update(task)
    .set({ deletedAt: sql`now()`, updatedAt: bumpUpdatedAt })
    .where(and(isNull(task.deletedAt), or(inArray(task.id, [...ids]), inArray(task.parentId, [...ids]))))
    .returning({ id: task.id, deletedAt: task.deletedAt });
}

/**
 * Brings tasks back from the trash, with the subtasks that were trashed together with them (same time
 * stamp). A subtask whose parent is still in the trash comes back as a task of its own. Access is the
 * caller's to check.
 */
export async function restore(tx: Database, ids: readonly string[]) {
  const trashed = await tx
    .select({ id: task.id, parentId: task.parentId, deletedAt: task.deletedAt })
    .from(task)
    .where(and(inArray(task.id, [...ids]), isNotNull(task.deletedAt)));
  if (trashed.length === 0) return;
  const trashedTogether = trashed.flatMap(({ id, deletedAt }) =>
    deletedAt ? [and(eq(task.parentId, id), eq(task.deletedAt, deletedAt))] : [],
  );
  await tx
    .update(task)
    .set({ deletedAt: null, updatedAt: bumpUpdatedAt })
    .where(and(isNotNull(task.deletedAt), or(inArray(task.id, [...ids]), ...trashedTogether)));

  const parentIds = trashed.flatMap(({ parentId }) => (parentId ? [parentId] : []));
  if (parentIds.length === 0) return;
  const trashedParents = await tx
    .select({ id: task.id })
    .from(task)
    .where(and(inArray(task.id, parentIds), isNotNull(task.deletedAt)));
  if (trashedParents.length === 0) return;
  await tx
    .update(task)
    .set({ parentId: null, updatedAt: bumpUpdatedAt })
    .where(
      and(
        inArray(task.id, [...ids]),
        inArray(
          task.parentId,
          trashedParents.map((parent) => parent.id),
        ),
      ),
    );
}
