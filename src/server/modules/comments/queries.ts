import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { reachableLiveTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { comment, task, user } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

export const DELETED_AUTHOR = "Deleted user";

const commentFields = {
  id: comment.id,
  authorId: comment.authorId,
  authorName: sql<string>`coalesce(${user.name}, ${DELETED_AUTHOR})`,
  body: comment.body,
  createdAt: comment.createdAt,
  updatedAt: comment.updatedAt,
};

/** A task's comments, oldest first, with their authors' names; NOT_FOUND when the user cannot see the task. One statement. */
export async function listComments(db: Database, userId: string, taskId: string) {
  const rows = await db
    .select({ taskId: task.id, ...commentFields })
    .from(task)
    .leftJoin(comment, eq(comment.taskId, task.id))
    .leftJoin(user, eq(user.id, comment.authorId))
    .where(reachableLiveTask(userId, eq(task.id, taskId)))
    .orderBy(asc(comment.createdAt), asc(comment.id));
  if (rows.length === 0) throw notFound("Task");
  return {
    items: rows.flatMap(({ id, authorId, authorName, body, createdAt, updatedAt }) =>
      id !== null && body !== null && createdAt !== null && updatedAt !== null
        ? [{ id, authorId, authorName, body, createdAt, updatedAt }]
        : [],
    ),
  };
}

export type Comment = Awaited<ReturnType<typeof listComments>>["items"][number];

/** One comment the user can see, as `comment.list` gives it (what a write answers with). */
export async function commentById(db: Database, userId: string, id: string): Promise<Comment> {
  const [found] = await db
    .select(commentFields)
    .from(comment)
    .innerJoin(task, eq(task.id, comment.taskId))
    .leftJoin(user, eq(user.id, comment.authorId))
    .where(and(eq(comment.id, id), reachableLiveTask(userId)));
  if (!found) throw notFound("Comment");
  return found;
}

/** One comment with the caller's role over its task, for the writes; NOT_FOUND when they cannot see it. */
export async function commentForWrite(tx: Database, userId: string, id: string) {
  const [found] = await tx
    .select({ id: comment.id, taskId: comment.taskId, authorId: comment.authorId, body: comment.body })
    .from(comment)
    .innerJoin(task, eq(task.id, comment.taskId))
    .where(and(eq(comment.id, id), reachableLiveTask(userId)))
    .for("update", { of: comment });
  if (!found) throw notFound("Comment");
  return found;
}
