import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { projectMember, task } from "@/server/db/schema";
import { invalid } from "@/server/domain-errors";
import { bumpUpdatedAt } from "./versions";

export const ASSIGNEE_NOT_MEMBER = "Assign the task to a member of its project.";
export const INBOX_ASSIGNEE = "A task in the Inbox can be assigned only to you.";

/**
 * Refuses an assignee who may not take the task: someone who is not a member of its project, or, for
 * a task in the Inbox (always private), anyone but the Inbox's owner. Nobody (null) is always fine.
 */
export async function assertAssignable(
  tx: Database,
  assigneeId: string | null | undefined,
  list: { projectId: string | null; inboxOwner: string },
): Promise<void> {
  if (!assigneeId) return;
  if (list.projectId === null) {
    if (assigneeId !== list.inboxOwner) throw invalid(INBOX_ASSIGNEE);
    return;
  }
  const [member] = await tx
    .select({ userId: projectMember.userId })
    .from(projectMember)
    .where(and(eq(projectMember.projectId, list.projectId), eq(projectMember.userId, assigneeId)));
  if (!member) throw invalid(ASSIGNEE_NOT_MEMBER);
}

/** After tasks moved to another list, they stay assigned only where the assignee may take them there. */
export async function unassignWhereNotAllowed(tx: Database, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  await tx
    .update(task)
    .set({ assigneeId: null, updatedAt: bumpUpdatedAt })
    .where(
      and(
        inArray(task.id, [...taskIds]),
        isNotNull(task.assigneeId),
        sql`(case when ${task.projectId} is null then ${task.assigneeId} <> ${task.userId}
          else not exists (select 1 from ${projectMember} as m
            where m.project_id = ${task.projectId} and m.user_id = ${task.assigneeId}) end)`,
      ),
    );
}

/** Someone who leaves a project, or is removed from it, is no longer assigned any of its tasks. */
export async function unassignFromProject(tx: Database, projectId: string, userId: string): Promise<void> {
  await tx
    .update(task)
    .set({ assigneeId: null, updatedAt: bumpUpdatedAt })
    .where(and(eq(task.projectId, projectId), eq(task.assigneeId, userId)));
}
