import "server-only";
import { z } from "zod";
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "@/lib/schemas/task";
import { defineTool } from "./definition";
import { taskSummary } from "./task-summary";

const taskId = z.uuid().describe("The task's id, as list_tasks or search_tasks return it.");

export const addTask = defineTool({
  name: "add_task",
  title: "Add a task",
  description: "Adds a task to the user's Inbox.",
  input: z.strictObject({
    title: z.string().trim().min(1).max(TASK_TITLE_MAX).describe("What to do."),
    description: z.string().max(TASK_DESCRIPTION_MAX).optional().describe("Notes (markdown)."),
    priority: z.int().min(1).max(4).optional().describe("1 is the most urgent, 4 (the default) none."),
    dueDate: z.iso.date().optional().describe("The due date, YYYY-MM-DD, in the user's time zone."),
  }),
  annotations: { readOnly: false, destructive: false },
  async run(caller, input) {
    return { task: taskSummary(await caller.task.create(input)) };
  },
});

export const searchTasks = defineTool({
  name: "search_tasks",
  title: "Search tasks",
  description: "Finds the user's open and completed tasks whose title or description match the words.",
  input: z.strictObject({
    query: z.string().trim().min(1).max(200).describe("Words to look for."),
  }),
  annotations: { readOnly: true, destructive: false },
  async run(caller, input) {
    const page = await caller.task.list({ search: input.query, status: "all", limit: 20 });
    return { tasks: page.items.map(taskSummary) };
  },
});

export const completeTask = defineTool({
  name: "complete_task",
  title: "Complete a task",
  description: "Marks a task as done (a repeating task moves to its next date).",
  input: z.strictObject({ id: taskId }),
  annotations: { readOnly: false, destructive: false },
  async run(caller, input) {
    return { task: taskSummary(await caller.task.setCompleted({ id: input.id, completed: true })) };
  },
});

export const deleteTask = defineTool({
  name: "delete_task",
  title: "Delete a task",
  description: "Moves a task and its subtasks to the trash. The user is asked to confirm first.",
  input: z.strictObject({ id: taskId }),
  annotations: { readOnly: false, destructive: true },
  async run(caller, input) {
    const { title } = await caller.task.byId({ id: input.id });
    await caller.task.delete({ id: input.id });
    return { deleted: { id: input.id, title } };
  },
});
