import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { reorderTaskInput, setCompletedInput } from "@/lib/schemas/task";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { keyBetweenNeighbours, withOrderLock } from "@/server/manual-order";
import { restore, trash } from "./bulk";
import { taskOrder } from "./positions";
import { ownedLiveTask, taskById } from "./queries";
import { completeTaskAndSubtasks, uncompleteTask } from "./recurring";
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
    const [current] = await tx
      .select()
      .from(task)
      .where(ownedLiveTask(user.id, eq(task.id, input.id)))
      .for("update");
    if (!current) throw notFound("Task");
    if (!input.completed) return uncompleteTask(tx, current);
    await completeTaskAndSubtasks(tx, current, user.timeZone);
  });
  return taskById(db, user.id, input.id);
}

/** Moves the task (and its subtasks) to the trash; {@link restoreTask} brings them back. */
export async function trashTask(db: Database, userId: string, id: string) {
  const trashed = await trash(db, userId, [id]);
  const row = trashed.find((each) => each.id === id);
  if (!row) throw notFound("Task");
  return row;
}

/** Brings the task back from the trash (restoring one that is not in the trash changes nothing). */
export async function restoreTask(db: Database, userId: string, id: string) {
  await restore(db, userId, [id]);
  return taskById(db, userId, id);
}

/** Puts the task after `afterId` and/or before `beforeId` in the manual order. */
export async function reorderTask(db: Database, userId: string, input: z.output<typeof reorderTaskInput>) {
  const moved = await withOrderLock(db, taskOrder, userId, async (tx) => {
    const [updated] = await tx
      .update(task)
      .set({ position: await keyBetweenNeighbours(tx, taskOrder, userId, input), updatedAt: bumpUpdatedAt })
      .where(ownedLiveTask(userId, eq(task.id, input.id)))
      .returning({ id: task.id });
    return updated;
  });
  if (!moved) throw notFound("Task");
  return taskById(db, userId, input.id);
}
