import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { reachableLiveTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { task, taskActivity, user } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { DELETED_AUTHOR } from "@/server/modules/comments/queries";

/**
 * A task's history, newest first, each change with who made it; NOT_FOUND when the user cannot see the
 * task. One statement.
 */
export async function listActivity(db: Database, userId: string, taskId: string) {
  const rows = await db
    .select({
      id: taskActivity.id,
      kind: taskActivity.kind,
      changes: taskActivity.changes,
      createdAt: taskActivity.createdAt,
      actorId: taskActivity.userId,
      actorName: sql<string>`coalesce(${user.name}, ${DELETED_AUTHOR})`,
      owned: task.id,
    })
    .from(task)
    .leftJoin(taskActivity, eq(taskActivity.taskId, task.id))
    .leftJoin(user, eq(user.id, taskActivity.userId))
    .where(reachableLiveTask(userId, eq(task.id, taskId)))
    .orderBy(desc(taskActivity.id))
    .limit(200);
  if (rows.length === 0) throw notFound("Task");
  return rows.flatMap(({ id, kind, changes, createdAt, actorId, actorName }) =>
    id !== null && kind !== null && changes !== null && createdAt !== null
      ? [{ id, kind, changes, createdAt, actorId, actorName }]
      : [],
  );
}
