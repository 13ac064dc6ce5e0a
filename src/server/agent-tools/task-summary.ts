import "server-only";
import type { Caller } from "./definition";

type TaskRow = Awaited<ReturnType<Caller["task"]["byId"]>>;

/** What a tool answers about a task: plain JSON (no Dates), the fields a person asks about. */
export function taskSummary(task: TaskRow) {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    priority: task.priority,
    dueDate: task.dueDate,
    dueTime: task.dueTime,
    recurrence: task.recurrence,
    projectId: task.projectId,
    parentId: task.parentId,
    labelIds: task.labelIds,
    completed: task.completed,
  };
}

export type TaskSummary = ReturnType<typeof taskSummary>;
