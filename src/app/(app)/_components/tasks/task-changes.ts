import type { BulkChange } from "@/lib/schemas/task";
import type { RouterInputs } from "@/trpc/react";
import type { Task } from "./task-pages";

export type TaskChanges = Omit<RouterInputs["task"]["update"], "id" | "updatedAt">;

const keep = <T>(change: T | undefined, value: T): T => (change === undefined ? value : change);

/** A task as the server will store it after `task.update` (for the optimistic copy). */
export function applyChanges(task: Task, changes: TaskChanges): Task {
  const dueDate = keep(changes.dueDate, task.dueDate);
  return {
    ...task,
    title: changes.title ?? task.title,
    description: changes.description ?? task.description,
    priority: changes.priority ?? task.priority,
    projectId: keep(changes.projectId, task.projectId),
    parentId: keep(changes.parentId, task.parentId),
    labelIds: changes.labelIds ?? task.labelIds,
    assigneeId: keep(changes.assigneeId, task.assigneeId),
    // The server names the new assignee; until it answers, no name rather than the old one.
    assigneeName: changes.assigneeId === undefined || changes.assigneeId === task.assigneeId ? task.assigneeName : null,
    dueDate,
    // As on the server: clearing the date clears the time and the repeat rule.
    dueTime: dueDate === null ? null : keep(changes.dueTime, task.dueTime),
    recurrence: dueDate === null ? null : keep(changes.recurrence, task.recurrence),
  };
}

/**
 * A task as `task.bulk` will leave it (for the optimistic copy), or null when it leaves every list
 * (trashed, or restored out of the trash). `selectedIds`: every task of the change; a selected
 * subtask leaves its parent on a move unless the parent moves too. A repeating task that is completed
 * shows ticked: the server moves it to its next date.
 */
export function applyBulkChange(task: Task, change: BulkChange, selectedIds: ReadonlySet<string>): Task | null {
  switch (change.action) {
    case "complete":
      if (change.completed && task.recurrence !== null && !task.completed) return { ...task, completed: true };
      return { ...task, completed: change.completed, completedAt: change.completed ? new Date() : null };
    case "priority":
      return { ...task, priority: change.priority };
    case "assign":
      return change.assigneeId === task.assigneeId
        ? task
        : { ...task, assigneeId: change.assigneeId, assigneeName: null };
    case "move": {
      if (change.parentId) return { ...task, projectId: change.projectId, parentId: change.parentId };
      if (task.projectId === change.projectId) return task;
      const parentMoves = task.parentId !== null && selectedIds.has(task.parentId);
      return { ...task, projectId: change.projectId, parentId: parentMoves ? task.parentId : null };
    }
    case "addLabel":
      return task.labelIds.includes(change.labelId) ? task : { ...task, labelIds: [...task.labelIds, change.labelId] };
    case "removeLabel":
      return { ...task, labelIds: task.labelIds.filter((id) => id !== change.labelId) };
    case "delete":
    case "restore":
      return null;
  }
}
