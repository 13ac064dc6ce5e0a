import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { reorderTaskInput, setCompletedInput } from "@/lib/schemas/task";
import { requireTask, requireTasks } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { DomainError, invalid, notFound } from "@/server/domain-errors";
import { keyBetweenNeighbours, lockOrder } from "@/server/manual-order";
import { assertSectionInProject } from "@/server/modules/sections/queries";
import { restore, trash } from "./bulk";
import { tellAssigners } from "./notices";
import { taskList, taskOrder } from "./positions";
import { taskById } from "./queries";
import { completeTaskAndSubtasks, uncompleteTask } from "./recurring";
import { putInSection } from "./sections";
import { bumpUpdatedAt } from "./versions";

// Changes to one task that need more than one module function; create and update have their own files.

/**
 * Completes (or reopens) a task. A repeating task stays open with its next due date; reopening
 * it undoes its last completion. Completing a task completes its open subtasks too.
 */
export async function setTaskCompleted(
  db: Database,
  user: { id: string; timeZone: string },
  input: z.output<typeof setCompletedInput>,
) {
  await db.transaction(async (tx) => {
    const current = await requireTask(tx, user.id, input.id, "editTasks");
    if (!input.completed) return uncompleteTask(tx, current);
    await completeTaskAndSubtasks(tx, current, user.timeZone);
    if (!current.completedAt) await tellAssigners(tx, user.id, [current]);
  });
  return taskById(db, user.id, input.id);
}

/** Moves the task (and its subtasks) to the trash; {@link restoreTask} brings them back. */
export async function trashTask(db: Database, userId: string, id: string) {
  return db.transaction(async (tx) => {
    await requireTask(tx, userId, id, "editTasks");
    const trashed = await trash(tx, [id]);
    const row = trashed.find((each) => each.id === id);
    if (!row) throw notFound("Task");
    return row;
  });
}

/** Brings the task back from the trash (restoring one that is not in the trash changes nothing). */
export async function restoreTask(db: Database, userId: string, id: string) {
  await db.transaction(async (tx) => {
    const [trashed] = await requireTasks(tx, userId, [id], "editTasks", { trashed: true }).catch(ignoreNotFound);
    if (trashed) await restore(tx, [id]);
  });
  return taskById(db, userId, id);
}

/** Restoring a task that is not in the trash changes nothing: it is then read as it is (or NOT_FOUND). */
const ignoreNotFound = (error: unknown): never[] => {
  if (error instanceof DomainError && error.kind === "notFound") return [];
  throw error;
};

/**
 * Puts the task after `afterId` and/or before `beforeId` among the tasks of its list (its project or Inbox),
 * and, with `sectionId`, into that section of its project (or out of any): a drop onto another section.
 */
export async function reorderTask(db: Database, userId: string, input: z.output<typeof reorderTaskInput>) {
  const { sectionId, ...placement } = input;
  await db.transaction(async (tx) => {
    const moving = await requireTask(tx, userId, input.id, "editTasks");
    if (sectionId !== undefined && sectionId !== moving.sectionId) {
      if (moving.parentId) throw invalid("A subtask lives in its parent's section: move the parent task.");
      if (sectionId) await assertSectionInProject(tx, userId, sectionId, moving.projectId);
    }
    // Into a section with no neighbour named (an empty one): it keeps its key.
    const placed = placement.afterId !== undefined || placement.beforeId !== undefined || sectionId === undefined;
    if (placed) {
      const list = taskList(moving.projectId, moving.userId);
      await lockOrder(tx, list);
      await tx
        .update(task)
        .set({ position: await keyBetweenNeighbours(tx, taskOrder, list, placement), updatedAt: bumpUpdatedAt })
        .where(eq(task.id, input.id));
    }
    if (sectionId !== undefined) await putInSection(tx, input.id, sectionId);
  });
  return taskById(db, userId, input.id);
}
