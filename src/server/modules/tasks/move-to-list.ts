import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { keyAtEnd, keyIsFree, lockOrder } from "@/server/manual-order";
import { taskList, taskOrder } from "./positions";
import { bumpUpdatedAt } from "./versions";

/**
 * Moves tasks (access already checked) into a project, or into the mover's Inbox (the Inbox is always
 * private: a task moved there becomes the mover's). It leaves its section, which belongs to the old list. Each keeps its manual-order key when no task of the
 * new list has it (so moving back puts it where it was), else it goes last.
 */
export async function moveToList(tx: Database, userId: string, projectId: string | null, ids: readonly string[]) {
  if (ids.length === 0) return;
  const list = taskList(projectId, userId);
  await lockOrder(tx, list);
  for (const id of ids) {
    const [moving] = await tx
      .select({ position: task.position, projectId: task.projectId, userId: task.userId })
      .from(task)
      .where(eq(task.id, id));
    const alreadyThere = moving && moving.projectId === projectId && (projectId !== null || moving.userId === userId);
    if (!moving || alreadyThere) continue;
    const position = (await keyIsFree(tx, taskOrder, list, moving.position))
      ? moving.position
      : await keyAtEnd(tx, taskOrder, list);
    await tx
      .update(task)
      .set({
        projectId,
        sectionId: null,
        ...(projectId === null ? { userId } : {}),
        position,
        updatedAt: bumpUpdatedAt,
      })
      .where(eq(task.id, id));
  }
}
