import "server-only";
import { desc, eq } from "drizzle-orm";
import { reachableLiveTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { task, taskActivity } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

/** A task's history, newest first; NOT_FOUND when the user cannot see the task. One statement. */
export async function listActivity(db: Database, userId: string, taskId: string) {
  const rows = await db
    .select({
      id: taskActivity.id,
      kind: taskActivity.kind,
      changes: taskActivity.changes,
      createdAt: taskActivity.createdAt,
      owned: task.id,
    })
    .from(task)
    .leftJoin(taskActivity, eq(taskActivity.taskId, task.id))
    .where(reachableLiveTask(userId, eq(task.id, taskId)))
    .orderBy(desc(taskActivity.id))
    .limit(200);
  if (rows.length === 0) throw notFound("Task");
  return rows.flatMap(({ id, kind, changes, createdAt }) =>
    id !== null && kind !== null && changes !== null && createdAt !== null ? [{ id, kind, changes, createdAt }] : [],
  );
}
