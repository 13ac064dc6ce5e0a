import "server-only";
import { and, eq, getTableColumns, inArray, isNotNull, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { ProjectAction, ProjectRole } from "@/lib/project-roles";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { projectMember, type TaskRow, task } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { decide, isMember } from "./project-access";

// Who may reach a task: a task in the Inbox only its creator (the Inbox is always private); a task in a
// project every member, each as far as their role allows. One rule, here, for every read and write.

/**
 * SQL true for a task the user (or a placeholder for them) may `action`: reads join it, so the check costs
 * no statement of its own.
 */
export function reachesTask(userId: string | Placeholder, action: ProjectAction = "read"): SQL {
  return sql`(case when ${qualified(task.projectId)} is null then ${qualified(task.userId)} = ${userId}
    else ${isMember(userId, task.projectId, action)} end)`;
}

/**
 * The user's role over the task's list: "owner" of their own Inbox tasks, their membership's role in a
 * project, null where they have none.
 */
export const roleOverTask = (userId: string) => sql<ProjectRole | null>`(case
  when ${qualified(task.projectId)} is null then (case when ${qualified(task.userId)} = ${userId} then 'owner' end)
  else (select m.role from ${projectMember} as m where m.project_id = ${qualified(task.projectId)} and m.user_id = ${userId})
  end)`;

type StoredTask = Omit<TaskRow, "search">;

/**
 * Names the user as the one making this transaction's changes, for the history the database writes
 * (migration 0016's `task_activity_log` reads it): selected with the rows a write locks, so it costs no
 * statement of its own. Transaction-local: it ends with the write.
 */
const actingAs = (userId: string) => sql<string>`set_config('tasklane.actor', ${userId}, true)`;
const { search: _search, ...storedColumns } = getTableColumns(task);

/**
 * Rows the user may `action`, read for update (in `tx`): NOT_FOUND when any id is not a task they can
 * see (live ones; trashed ones when `trashed`), FORBIDDEN when they see it but their role does not allow
 * the action. Every task write goes through here.
 */
export async function requireTasks(
  tx: Database,
  userId: string,
  ids: readonly string[],
  action: Exclude<ProjectAction, "read">,
  { trashed = false }: { trashed?: boolean } = {},
): Promise<StoredTask[]> {
  const unique = [...new Set(ids)];
  const rows = await tx
    .select({ row: storedColumns, role: roleOverTask(userId), actor: actingAs(userId) })
    .from(task)
    .where(and(inArray(task.id, unique), trashed ? isNotNull(task.deletedAt) : isNull(task.deletedAt)))
    .for("update", { of: task });
  const reachable = rows.filter((row) => row.role !== null);
  if (reachable.length !== unique.length) throw notFound("Task");
  for (const { role } of reachable) decide(role ?? undefined, action);
  return reachable.map(({ row }) => row);
}

/** One task the user may `action` (see {@link requireTasks}). */
export async function requireTask(
  tx: Database,
  userId: string,
  id: string,
  action: Exclude<ProjectAction, "read">,
  options?: { trashed?: boolean },
): Promise<StoredTask> {
  const [row] = await requireTasks(tx, userId, [id], action, options);
  if (!row) throw notFound("Task");
  return row;
}

/** The user's role over one live task's list (see {@link roleOverTask}), or null when they cannot see it. */
export async function roleOverTaskId(tx: Database, userId: string, taskId: string): Promise<ProjectRole | null> {
  const [found] = await tx
    .select({ role: roleOverTask(userId) })
    .from(task)
    .where(and(eq(task.id, taskId), isNull(task.deletedAt)));
  return found?.role ?? null;
}

/** The live tasks the user may read, matching `where`. */
export function reachableLiveTask(userId: string, where?: SQL): SQL | undefined {
  return and(isNull(task.deletedAt), reachesTask(userId), where);
}
