import "server-only";
import type { z } from "zod/mini";
import type { ListTasksQuery } from "@/lib/schemas/task";
import { defineTool, type ToolContext } from "./define";
import { quickAddFields } from "./quick-add";
import {
  addTaskArgs,
  listTasksArgs,
  searchTasksArgs,
  type TaskChange,
  taskChangeOutput,
  taskIdArgs,
  taskListOutput,
  type taskStatusFilter,
  updateNeedsConfirmation,
  updateTaskArgs,
} from "./schemas";
import { namesOf, toTaskData } from "./task-data";

const STATUS: Record<z.infer<typeof taskStatusFilter>, ListTasksQuery["status"]> = {
  all: "all",
  pending: "open",
  completed: "completed",
};

type ListArgs = z.output<typeof listTasksArgs> & { query?: string };

/** One page of a view through `task.list`, its projects and labels named (three reads at once). */
async function listPage({ api }: ToolContext, args: ListArgs, defaultStatus: keyof typeof STATUS) {
  const [page, projects, labels] = await Promise.all([
    api.task.list({
      status: STATUS[args.status ?? defaultStatus],
      ...(args.project_id !== undefined ? { projectId: args.project_id } : {}),
      ...(args.label_ids ? { labelIds: args.label_ids } : {}),
      ...(args.priority ? { priority: args.priority } : {}),
      ...(args.due_from ? { dueFrom: args.due_from } : {}),
      ...(args.due_to ? { dueTo: args.due_to } : {}),
      ...(args.query ? { search: args.query } : {}),
      ...(args.limit ? { limit: args.limit } : {}),
      ...(args.cursor ? { cursor: args.cursor } : {}),
    }),
    api.project.list(),
    api.label.list(),
  ]);
  const names = namesOf(projects, labels);
  return { tasks: page.items.map((task) => toTaskData(task, names)), next_cursor: page.nextCursor };
}

const change = (task: { id: string; title: string }, status: TaskChange["status"]): TaskChange => ({
  task_id: task.id,
  status,
  title: task.title,
});

export const taskTools = [
  defineTool({
    name: "add_task",
    title: "Add a task",
    description:
      "Creates a task, from a `title` and the organize fields, or from quick-add `text` that the app reads for " +
      "the due date, priority (p1–p4), #project, @labels, repeat and {deadline} (explicit fields override what it reads).",
    scope: "tasks:write",
    input: addTaskArgs,
    output: taskChangeOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    async run(args, tool) {
      const parsed = args.text !== undefined ? await quickAddFields(tool, args.text) : { title: args.title ?? "" };
      const created = await tool.api.task.create({
        ...parsed,
        ...(args.title !== undefined ? { title: args.title } : {}),
        ...(args.description !== undefined ? { description: args.description } : {}),
        ...(args.priority !== undefined ? { priority: args.priority } : {}),
        ...(args.due_date !== undefined ? { dueDate: args.due_date } : {}),
        ...(args.due_time !== undefined ? { dueTime: args.due_time } : {}),
        ...(args.recurrence !== undefined ? { recurrence: args.recurrence } : {}),
        ...(args.deadline !== undefined ? { deadline: args.deadline } : {}),
        ...(args.project_id !== undefined ? { projectId: args.project_id } : {}),
        ...(args.parent_id !== undefined ? { parentId: args.parent_id } : {}),
        ...(args.label_ids !== undefined ? { labelIds: args.label_ids } : {}),
      });
      return change(created, "created");
    },
  }),

  defineTool({
    name: "list_tasks",
    title: "List tasks",
    description:
      "Lists the user's tasks in their manual order, 50 a page (follow `next_cursor`): pending (default), " +
      "completed or all, optionally one project's (null: the Inbox), with every given label, a priority, or due in a date range.",
    scope: "tasks:read",
    input: listTasksArgs,
    output: taskListOutput,
    annotations: { readOnlyHint: true },
    run: (args, tool) => listPage(tool, args, "pending"),
  }),

  defineTool({
    name: "search_tasks",
    title: "Search tasks",
    description:
      "Finds the user's tasks whose title or description has every word of `query` (best matches first), " +
      "pending and completed unless `status` says otherwise; the list_tasks filters apply too.",
    scope: "tasks:read",
    input: searchTasksArgs,
    output: taskListOutput,
    annotations: { readOnlyHint: true },
    run: (args, tool) => listPage(tool, args, "all"),
  }),

  defineTool({
    name: "complete_task",
    title: "Complete a task",
    description:
      "Marks a task done, with its open subtasks. A repeating task stays open with its next due date instead.",
    scope: "tasks:write",
    input: taskIdArgs,
    output: taskChangeOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    changesExistingTask: true,
    async run(args, { api }) {
      return change(await api.task.setCompleted({ id: args.task_id, completed: true }), "completed");
    },
  }),

  defineTool({
    name: "update_task",
    title: "Update a task",
    description:
      "Changes the given fields of a task (the others stay). Pass the `updated_at` you read to refuse the " +
      "change if someone edited the task since.",
    scope: "tasks:write",
    input: updateTaskArgs,
    output: taskChangeOutput,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    changesExistingTask: true,
    confirm: updateNeedsConfirmation,
    async run(args, { api }) {
      const updatedAt = args.updated_at
        ? new Date(args.updated_at)
        : (await api.task.byId({ id: args.task_id })).updatedAt;
      const updated = await api.task.update({
        id: args.task_id,
        updatedAt,
        ...(args.title !== undefined ? { title: args.title } : {}),
        ...(args.description !== undefined ? { description: args.description } : {}),
        ...(args.priority !== undefined ? { priority: args.priority } : {}),
        ...(args.due_date !== undefined ? { dueDate: args.due_date } : {}),
        ...(args.due_time !== undefined ? { dueTime: args.due_time } : {}),
        ...(args.recurrence !== undefined ? { recurrence: args.recurrence } : {}),
        ...(args.deadline !== undefined ? { deadline: args.deadline } : {}),
        ...(args.project_id !== undefined ? { projectId: args.project_id } : {}),
        ...(args.label_ids !== undefined ? { labelIds: args.label_ids } : {}),
      });
      return change(updated, "updated");
    },
  }),

  defineTool({
    name: "delete_task",
    title: "Delete a task",
    description: "Moves a task and its subtasks to the trash (the user can restore them in the app).",
    scope: "tasks:write",
    input: taskIdArgs,
    output: taskChangeOutput,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    changesExistingTask: true,
    confirm: () => true,
    async run(args, { api }) {
      const found = await api.task.byId({ id: args.task_id });
      await api.task.delete({ id: args.task_id });
      return change(found, "deleted");
    },
  }),
];
