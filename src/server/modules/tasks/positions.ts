import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { reachableLiveTask } from "@/server/access/task-access";
import { task } from "@/server/db/schema";
import type { ManualOrder, OrderScope } from "@/server/manual-order";

/** The tasks' manual order: each list (a project, or one user's Inbox) has its own keys and its own lock. */
export const taskOrder: ManualOrder = { noun: "task", table: task, id: task.id, position: task.position };

/**
 * A list's keys: every task of it, trashed ones included (a restored task keeps its key, so a new key
 * must never reuse it; the unique index on (list, position) backs this up, and serves `rows`). Any live
 * task the user can see can be named as a neighbour. `user`: whose Inbox, for a task with no project,
 * and who is adding or moving a task: a new key also fits among every key of theirs, so that their keys
 * stay distinct across their lists and a task moved between them keeps its place.
 */
export function taskList(projectId: string | null, user: string): OrderScope {
  const rows = sql`coalesce(${task.projectId}, ${task.userId}) = ${projectId ?? user}`;
  return {
    lock: projectId ? `task-position:${projectId}` : `task-position:inbox:${user}`,
    rows: projectId ? rows : and(rows, isNull(task.projectId)),
    nameable: reachableLiveTask(user),
    alsoAmong: [eq(task.userId, user)],
  };
}
