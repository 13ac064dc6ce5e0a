import "server-only";
import { and, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { ListTasksQuery, TaskStatus } from "@/lib/schemas/task";
import type { Database } from "@/server/db";
import { type TaskRow, task } from "@/server/db/schema";
import { decodeCursor, encodeCursor } from "./cursor";
import { afterCursor, orderBy, sortKeyOf } from "./sort-keys";

/** A task as every client sees it. */
export type Task = ReturnType<typeof toTask>;

export function toTask(row: TaskRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    priority: row.priority,
    dueDate: row.dueDate,
    /** "HH:mm" (the column holds seconds too). */
    dueTime: row.dueTime?.slice(0, 5) ?? null,
    completed: row.completedAt !== null,
    completedAt: row.completedAt,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const statusFilter: Record<TaskStatus, SQL | undefined> = {
  open: isNull(task.completedAt),
  completed: isNotNull(task.completedAt),
  all: undefined,
};

/** The user's live (not trashed) tasks matching `where`. */
export function ownedLiveTask(userId: string, where?: SQL) {
  return and(eq(task.userId, userId), isNull(task.deletedAt), where);
}

/**
 * One page of the user's tasks: one SQL statement, keyset-paginated, so a
 * page costs the same at 100 tasks as at 100 000, and rows inserted between
 * page loads cause no duplicates or gaps.
 */
export async function listTasks(db: Database, userId: string, input: ListTasksQuery) {
  const cursor = input.cursor ? afterCursor(input.sort, decodeCursor(input.cursor, input.sort)) : undefined;
  const rows = await db
    .select({ row: task, sortKey: sortKeyOf(input.sort) })
    .from(task)
    .where(ownedLiveTask(userId, and(statusFilter[input.status], cursor)))
    .orderBy(...orderBy(input.sort))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => toTask(row)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(input.sort, last.sortKey) : null,
  };
}

export type TaskPage = Awaited<ReturnType<typeof listTasks>>;

/** One live task of the user's, or null (someone else's task is null too: no existence leak). */
export async function findTask(db: Database, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(task)
    .where(ownedLiveTask(userId, eq(task.id, id)))
    .limit(1);
  return row ? toTask(row) : null;
}
