import type { Task } from "./task-pages";

/** A plain open task for the unit tests of list edits: title and key are its id; `fields` override the rest. */
export function aTask(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    projectId: null,
    sectionId: null,
    parentId: null,
    parentTitle: null,
    title: id,
    description: "",
    priority: 4,
    dueDate: null,
    dueTime: null,
    deadline: null,
    recurrence: null,
    completed: false,
    completedAt: null,
    labelIds: [],
    assigneeId: null,
    assigneeName: null,
    commentCount: 0,
    hasReminder: false,
    subtasks: { total: 0, done: 0 },
    position: id,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...fields,
  };
}
