import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod/mini";
import { TASK_CONFLICT_MESSAGE } from "@/lib/limits";
import type { updateTaskInput } from "@/lib/schemas/task";
import { requireProjectAccess } from "@/server/access/project-access";
import { requireTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { conflict, invalid } from "@/server/domain-errors";
import { rearmTaskReminders } from "@/server/modules/reminders/rearm";
import { assertSectionInProject } from "@/server/modules/sections/queries";
import { assertAssignable, unassignWhereNotAllowed } from "./assignees";
import { checkParent } from "./hierarchy";
import { setTaskLabels } from "./labels";
import { moveToList } from "./move-to-list";
import { tellAssignees } from "./notices";
import { assertLabelsOwned, taskById } from "./queries";
import { canonicalRule } from "./recurring";
import { putInSection } from "./sections";
import { bumpUpdatedAt } from "./versions";

/**
 * Applies the changed fields if the task is still as the client saw it (`updatedAt`), else CONFLICT.
 * Keeps the invariants the columns cannot: a subtask lives in its parent's project and section (moving a
 * parent moves its subtasks; a move to another project leaves the section unless it names one there), clearing the date clears the time and the repeat rule, a new rule starts counting anew.
 */
export async function updateTask(db: Database, userId: string, input: z.output<typeof updateTaskInput>) {
  const { id, updatedAt, labelIds, recurrence, projectId: newProjectId, sectionId, ...changes } = input;
  await db.transaction(async (tx) => {
    const current = await requireTask(tx, userId, id, "editTasks");
    if (current.updatedAt.getTime() !== updatedAt.getTime()) {
      throw conflict(TASK_CONFLICT_MESSAGE);
    }

    let projectId = newProjectId;
    // The section it ends up in: a new parent's, or the one named; undefined: as it is (none after a move).
    let newSectionId = sectionId;
    if (changes.parentId) {
      const parent = await checkParent(tx, userId, changes.parentId, id);
      if (projectId !== undefined && projectId !== parent.projectId) {
        throw invalid("A subtask lives in its parent's project.");
      }
      if (sectionId !== undefined && sectionId !== parent.sectionId) {
        throw invalid("A subtask lives in its parent's section.");
      }
      projectId = parent.projectId;
      newSectionId = parent.sectionId;
    } else if (current.parentId && changes.parentId !== null) {
      if (projectId !== undefined && projectId !== current.projectId) {
        throw invalid(
          "A subtask lives in its parent's project: move the parent task, or make this one a task of its own.",
        );
      }
      if (sectionId !== undefined && sectionId !== current.sectionId) {
        throw invalid(
          "A subtask lives in its parent's section: move the parent task, or make this one a task of its own.",
        );
      }
    }
    if (projectId) await requireProjectAccess(tx, userId, projectId, "editTasks");
    if (newSectionId && !changes.parentId) {
      await assertSectionInProject(tx, userId, newSectionId, projectId === undefined ? current.projectId : projectId);
    }
    if (labelIds) await assertLabelsOwned(tx, userId, labelIds);
    // Moved to the Inbox, a task becomes the mover's (see moveToList).
    await assertAssignable(tx, changes.assigneeId, {
      projectId: projectId === undefined ? current.projectId : projectId,
      inboxOwner: projectId === null ? userId : current.userId,
    });

    await tx
      .update(task)
      .set({
        ...changes,
        ...(recurrence !== undefined
          ? {
              recurrenceRule: recurrence ? canonicalRule(recurrence.rrule) : null,
              recurrenceFrom: recurrence?.from ?? null,
              occurrencesCompleted: 0,
            }
          : {}),
        ...(changes.dueDate === null ? { dueTime: null, recurrenceRule: null, recurrenceFrom: null } : {}),
        updatedAt: bumpUpdatedAt,
      })
      .where(eq(task.id, id));
    if (projectId !== undefined && projectId !== current.projectId) {
      await moveToList(tx, userId, projectId, [id]);
      const subtasks = await tx.select({ id: task.id }).from(task).where(eq(task.parentId, id));
      const subtaskIds = subtasks.map((row) => row.id);
      await moveToList(tx, userId, projectId, subtaskIds);
      await unassignWhereNotAllowed(tx, changes.assigneeId === undefined ? [id, ...subtaskIds] : subtaskIds);
    }
    if (newSectionId !== undefined) await putInSection(tx, id, newSectionId);
    if (labelIds) await setTaskLabels(tx, userId, id, labelIds);
    if (changes.assigneeId && changes.assigneeId !== current.assigneeId) {
      await tellAssignees(tx, userId, [
        {
          id,
          title: changes.title ?? current.title,
          projectId: projectId === undefined ? current.projectId : projectId,
          assigneeId: changes.assigneeId,
        },
      ]);
    }
    if (changes.dueDate !== undefined || changes.dueTime !== undefined) {
      await rearmTaskReminders(tx, id);
    }
  });
  return taskById(db, userId, id);
}
