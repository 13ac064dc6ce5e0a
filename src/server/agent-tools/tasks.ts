import "server-only";
import { z } from "zod";
import { defineTool } from "./definition";
import { description, dueDate, dueTime, labelIds, priority, projectId, recurrence, taskId, title } from "./fields";
import { deletedTaskOutput, foundTasksOutput, oneTaskOutput, taskPageOutput } from "./outputs";
import { quickAddFields } from "./quick-add";
import { taskSummary } from "./task-summary";

const STATUS = { pending: "open", completed: "completed", all: "all" } as const;
const status = z
  .enum(["pending", "completed", "all"])
  .default("pending")
  .describe("pending (not done, the default), completed, or all.");

export const addTask = defineTool({
  name: "add_task",
  title: "Add a task",
  description:
    'Adds a task. Either give `text`, a quick-add line the app parses ("Pay rent every month on the 1st p1 #Home @bills": dates, repeats, p1-p4, #project, @labels), or a `title` with optional fields. Without a project it goes to the Inbox.',
  input: z
    .strictObject({
      text: z.string().trim().min(1).max(1000).optional().describe("A quick-add line (instead of title and fields)."),
      title: title.optional(),
      description: description.optional(),
      priority: priority.optional(),
      dueDate: dueDate.optional(),
      dueTime: dueTime.optional(),
      recurrence: recurrence.optional(),
      projectId: projectId.nullable().optional(),
      labelIds: labelIds.optional(),
      parentId: taskId.optional().describe("Makes it a subtask of this task."),
    })
    .refine((input) => (input.text === undefined) !== (input.title === undefined), {
      message: "Give either `text` or `title`.",
    }),
  output: oneTaskOutput,
  scope: "tasks:write",
  annotations: { readOnly: false, destructive: false },
  async run(caller, { text, ...fields }) {
    const input = text === undefined ? { ...fields, title: fields.title ?? "" } : await quickAddFields(caller, text);
    const extra = text === undefined ? {} : { ...(fields.description ? { description: fields.description } : {}) };
    return { task: taskSummary(await caller.task.create({ ...input, ...extra })) };
  },
});

export const listTasks = defineTool({
  name: "list_tasks",
  title: "List tasks",
  description:
    "Lists the user's tasks, in their manual order unless sorted: pending by default; filter by project (null: the Inbox), labels, priority, due dates (dueFrom/dueTo, e.g. today: both today) or parent task. Pages of up to 50: pass nextCursor back for more.",
  input: z.strictObject({
    status,
    projectId: projectId.nullable().optional(),
    labelIds: labelIds.max(10).optional().describe("Tasks having every one of these labels."),
    priority: priority.optional(),
    dueFrom: dueDate.optional().describe("Due on or after this date."),
    dueTo: dueDate.optional().describe("Due on or before this date (overdue tasks too, when dueFrom is absent)."),
    parentId: taskId.nullable().optional().describe("null: top-level tasks only; an id: that task's subtasks."),
    sort: z.enum(["manual", "created", "due", "priority", "title", "completed"]).optional(),
    limit: z.int().min(1).max(50).default(50),
    cursor: z.string().max(8192).optional().describe("nextCursor of the previous page."),
  }),
  output: taskPageOutput,
  scope: "tasks:read",
  annotations: { readOnly: true, destructive: false },
  async run(caller, { status: wanted, ...filters }) {
    const page = await caller.task.list({ ...filters, status: STATUS[wanted] });
    return { tasks: page.items.map(taskSummary), nextCursor: page.nextCursor };
  },
});

export const searchTasks = defineTool({
  name: "search_tasks",
  title: "Search tasks",
  description: "Finds the user's tasks whose title or description match the words, best match first.",
  input: z.strictObject({
    query: z.string().trim().min(1).max(200).describe("Words to look for."),
    status: status.default("all"),
  }),
  output: foundTasksOutput,
  scope: "tasks:read",
  annotations: { readOnly: true, destructive: false },
  async run(caller, input) {
    const page = await caller.task.list({ search: input.query, status: STATUS[input.status], limit: 20 });
    return { tasks: page.items.map(taskSummary) };
  },
});

export const completeTask = defineTool({
  name: "complete_task",
  title: "Complete a task",
  description:
    "Marks a task done (its open subtasks too; a repeating task moves to its next date), or reopens it with completed: false.",
  input: z.strictObject({ id: taskId, completed: z.boolean().default(true) }),
  output: oneTaskOutput,
  scope: "tasks:write",
  annotations: { readOnly: false, destructive: false },
  async run(caller, input) {
    return { task: taskSummary(await caller.task.setCompleted(input)) };
  },
});

export const updateTask = defineTool({
  name: "update_task",
  title: "Change a task",
  description:
    "Changes a task's title, description, priority, due date and time, repeat, project, labels (the whole set) or parent. null clears a field.",
  input: z.strictObject({
    id: taskId,
    title: title.optional(),
    description: description.optional(),
    priority: priority.optional(),
    dueDate: dueDate.nullable().optional(),
    dueTime: dueTime.nullable().optional(),
    recurrence: recurrence.nullable().optional(),
    projectId: projectId.nullable().optional(),
    labelIds: labelIds.optional(),
    parentId: taskId.nullable().optional().describe("null: no longer a subtask."),
  }),
  output: oneTaskOutput,
  scope: "tasks:write",
  annotations: { readOnly: false, destructive: false },
  async run(caller, { id, ...changes }) {
    // The agent acts on the task as it is now: the version check guards against a change made meanwhile.
    const current = await caller.task.byId({ id });
    return { task: taskSummary(await caller.task.update({ id, updatedAt: current.updatedAt, ...changes })) };
  },
});

export const deleteTask = defineTool({
  name: "delete_task",
  title: "Delete a task",
  description: "Moves a task and its subtasks to the trash. The user is asked to confirm first.",
  input: z.strictObject({ id: taskId }),
  output: deletedTaskOutput,
  scope: "tasks:write",
  annotations: { readOnly: false, destructive: true },
  async run(caller, input) {
    const { title: deletedTitle } = await caller.task.byId({ id: input.id });
    await caller.task.delete({ id: input.id });
    return { deleted: { id: input.id, title: deletedTitle } };
  },
});
