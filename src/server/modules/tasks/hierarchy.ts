import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { requireTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { DomainError, invalid, notFound } from "@/server/domain-errors";

/**
 * The parent a task may be nested under: a live top-level task whose list the user may edit. Subtasks nest one
 * level, so a subtask cannot take subtasks, and a task that has subtasks cannot become one (which
 * also rules out every cycle). Returns the parent's project and section, which its subtasks always share.
 */
export async function checkParent(db: Database, userId: string, parentId: string, childId?: string) {
  if (parentId === childId) throw invalid("A task cannot be its own subtask.");
  const parent = await requireTask(db, userId, parentId, "editTasks").catch((error: unknown) => {
    throw error instanceof DomainError && error.kind === "notFound" ? notFound("Parent task") : error;
  });
  if (childId && parent.parentId === childId) throw invalid("A task cannot be a subtask of its own subtask.");
  if (parent.parentId) throw invalid("Subtasks cannot have subtasks of their own (one level only).");
  if (childId && (await hasSubtasks(db, childId))) {
    throw invalid("This task has subtasks, so it cannot become a subtask itself.");
  }
  return { projectId: parent.projectId, sectionId: parent.sectionId };
}

async function hasSubtasks(db: Database, taskId: string) {
  const [row] = await db
    .select({ found: sql<number>`1` })
    .from(task)
    .where(and(eq(task.parentId, taskId), isNull(task.deletedAt)))
    .limit(1);
  return Boolean(row);
}
