import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Database } from "@/server/db";
import { taskLabel } from "@/server/db/schema";

/** Makes `labelIds` the user's whole set of labels on the task (ownership already checked); others' stay. */
export async function setTaskLabels(tx: Database, userId: string, taskId: string, labelIds: readonly string[]) {
  const wanted = [...new Set(labelIds)];
  await tx
    .delete(taskLabel)
    .where(
      and(
        eq(taskLabel.taskId, taskId),
        eq(taskLabel.userId, userId),
        wanted.length ? notInArray(taskLabel.labelId, wanted) : undefined,
      ),
    );
  if (wanted.length === 0) return;
  await tx
    .insert(taskLabel)
    .values(wanted.map((labelId) => ({ taskId, labelId, userId })))
    .onConflictDoNothing();
}

/** Gives each task the label; returns the ids of the tasks that did not have it yet. */
export async function addLabelToTasks(tx: Database, userId: string, taskIds: readonly string[], labelId: string) {
  const added = await tx
    .insert(taskLabel)
    .values(taskIds.map((taskId) => ({ taskId, labelId, userId })))
    .onConflictDoNothing()
    .returning({ taskId: taskLabel.taskId });
  return added.map((row) => row.taskId);
}

/** Takes the label off each task; returns the ids of the tasks that had it. */
export async function removeLabelFromTasks(tx: Database, taskIds: readonly string[], labelId: string) {
  const removed = await tx
    .delete(taskLabel)
    .where(and(eq(taskLabel.labelId, labelId), inArray(taskLabel.taskId, [...taskIds])))
    .returning({ taskId: taskLabel.taskId });
  return removed.map((row) => row.taskId);
}
