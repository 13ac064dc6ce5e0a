import "server-only";
import type { z } from "zod/mini";
import type { createTaskInput } from "@/lib/schemas/task";
import { requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { conflict, invalid } from "@/server/domain-errors";
import { keyAtEnd, lockOrder } from "@/server/manual-order";
import { assertSectionInProject } from "@/server/modules/sections/queries";
import { assertWithinQuota } from "@/server/quotas";
import { assertAssignable } from "./assignees";
import { checkParent } from "./hierarchy";
import { setTaskLabels } from "./labels";
import { tellAssignees } from "./notices";
import { taskList, taskOrder } from "./positions";
import { assertLabelsOwned, findTask } from "./queries";
import { canonicalRule } from "./recurring";

/**
 * Creates a task at the end of its list (its project, or the user's Inbox). Idempotent for a client-made
 * id: sending the same create again (a retry after a lost response) returns the task instead of making a
 * second one. A subtask is created in its parent's project and section. In a project the user must be allowed to
 * edit its tasks (an editor or owner).
 */
export async function createTask(db: Database, userId: string, input: z.output<typeof createTaskInput>) {
  const id = await db.transaction(async (tx) => {
    await assertWithinQuota(tx, userId, "tasks");
    let projectId = input.projectId ?? null;
    let sectionId = input.sectionId ?? null;
    if (input.parentId) {
      const parent = await checkParent(tx, userId, input.parentId);
      if (input.projectId !== undefined && projectId !== parent.projectId) {
        throw invalid("A subtask lives in its parent's project.");
      }
      if (input.sectionId !== undefined && sectionId !== parent.sectionId) {
        throw invalid("A subtask lives in its parent's section.");
      }
      projectId = parent.projectId;
      sectionId = parent.sectionId;
    }
    if (projectId) await requireProjectAccess(tx, userId, projectId, "editTasks");
    if (input.sectionId && !input.parentId) await assertSectionInProject(tx, userId, input.sectionId, projectId);
    if (input.labelIds?.length) await assertLabelsOwned(tx, userId, input.labelIds);
    await assertAssignable(tx, input.assigneeId, { projectId, inboxOwner: userId });

    const list = taskList(projectId, userId);
    await lockOrder(tx, list);
    const [inserted] = await tx
      .insert(task)
      .values({
        id: input.id,
        userId,
        projectId,
        parentId: input.parentId ?? null,
        sectionId,
        title: input.title,
        description: input.description ?? "",
        priority: input.priority ?? 4,
        dueDate: input.dueDate ?? null,
        dueTime: input.dueTime ?? null,
        deadline: input.deadline ?? null,
        recurrenceRule: input.recurrence ? canonicalRule(input.recurrence.rrule) : null,
        recurrenceFrom: input.recurrence?.from ?? null,
        position: await keyAtEnd(tx, taskOrder, list),
        assigneeId: input.assigneeId ?? null,
      })
      .onConflictDoNothing({ target: task.id })
      .returning({ id: task.id });
    if (inserted && input.labelIds?.length) await setTaskLabels(tx, userId, inserted.id, input.labelIds);
    if (inserted) {
      await tellAssignees(tx, userId, [
        { id: inserted.id, title: input.title, projectId, assigneeId: input.assigneeId ?? null },
      ]);
    }
    return inserted?.id ?? input.id;
  });
  const created = id ? await findTask(db, userId, id) : null;
  if (!created) throw conflict("That task id is already taken.");
  return created;
}
