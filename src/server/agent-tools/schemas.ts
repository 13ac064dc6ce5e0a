import "server-only";
import { z } from "zod/mini";
import { projectRoles } from "@/lib/project-roles";
import { labelId, labelIds } from "@/lib/schemas/label";
import { projectId } from "@/lib/schemas/project";
import {
  deadline,
  dueDate,
  dueTime,
  recurrence,
  SEARCH_MAX,
  TASK_PAGE_SIZE,
  TASK_PAGE_SIZE_MAX,
  taskDescription,
  taskId,
  taskPriority,
  taskTitle,
} from "@/lib/schemas/task";

// Tool arguments in snake_case (as MCP tools and the original task-app specification name them),
// each field validated by the shared schema the forms and routers use.

const QUICK_ADD_MAX = 1_000;
const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

const organizeFields = {
  description: z.optional(describe(taskDescription, "Notes (markdown).")),
  priority: z.optional(describe(taskPriority, "1 = most urgent (p1) … 4 = none (p4).")),
  due_date: z.optional(describe(dueDate, "Due date, YYYY-MM-DD, in the user's time zone.")),
  due_time: z.optional(describe(dueTime, "Due time, HH:mm (needs due_date).")),
  recurrence: z.optional(recurrence),
  deadline: z.optional(describe(deadline, "The day it must be done by, YYYY-MM-DD (apart from the due date).")),
  project_id: z.optional(describe(projectId, "A project id from list_projects; absent: the Inbox.")),
  label_ids: z.optional(describe(labelIds, "Label ids from list_labels.")),
};

export const addTaskArgs = z
  .strictObject({
    text: z.optional(
      describe(
        z.string().check(z.trim(), z.minLength(1), z.maxLength(QUICK_ADD_MAX)),
        'Quick add, as typed in the app: "Pay rent tomorrow 9am p1 #Home @bills every month". Instead of title.',
      ),
    ),
    title: z.optional(taskTitle),
    ...organizeFields,
    parent_id: z.optional(describe(taskId, "Make it a subtask of this task.")),
  })
  .check(
    z.refine((args) => (args.text === undefined) !== (args.title === undefined), {
      error: "Give either `title` or quick-add `text` (not both).",
    }),
  );

export const taskIdArgs = z.strictObject({ task_id: taskId });

export const updateTaskArgs = z
  .strictObject({
    task_id: taskId,
    title: z.optional(taskTitle),
    description: organizeFields.description,
    priority: organizeFields.priority,
    due_date: z.optional(z.nullable(describe(dueDate, "YYYY-MM-DD; null clears the date (and time and repeat)."))),
    due_time: z.optional(z.nullable(dueTime)),
    recurrence: z.optional(z.nullable(recurrence)),
    deadline: z.optional(z.nullable(describe(deadline, "YYYY-MM-DD; null clears the deadline."))),
    project_id: z.optional(z.nullable(describe(projectId, "null moves the task to the Inbox."))),
    label_ids: z.optional(describe(labelIds, "The task's whole set of labels (replaces the old set).")),
    updated_at: z.optional(
      describe(
        z.iso.datetime({ offset: true }),
        "The task's updated_at as last read: the update is refused if it changed since. Absent: the current one.",
      ),
    ),
  })
  .check(
    z.refine(
      ({ task_id: _id, updated_at: _version, ...changes }) =>
        Object.values(changes).some((value) => value !== undefined),
      { error: "Nothing to change." },
    ),
  );

/**
 * Rescheduling and reprioritizing one task (a date, a time, a deadline, a priority) loses nothing the user wrote;
 * every other change does (title, description, labels, repeat rule; clearing the date clears the
 * repeat too) or moves the task out of the view it was in (its project), so it asks the user first.
 */
export function updateNeedsConfirmation(args: z.output<typeof updateTaskArgs>): boolean {
  const {
    task_id: _id,
    updated_at: _version,
    priority: _priority,
    due_time: _time,
    due_date,
    deadline,
    ...rest
  } = args;
  return due_date === null || deadline === null || Object.values(rest).some((value) => value !== undefined);
}

const viewFilters = {
  project_id: z.optional(z.nullable(describe(projectId, "Only this project's tasks; null: the Inbox."))),
  label_ids: z.optional(describe(z.array(labelId).check(z.maxLength(10)), "Tasks having every one of these labels.")),
  priority: z.optional(taskPriority),
  due_from: z.optional(describe(dueDate, "Due on or after this date.")),
  due_to: z.optional(describe(dueDate, "Due on or before this date.")),
  limit: z.optional(z.int().check(z.gte(1), z.lte(TASK_PAGE_SIZE_MAX), z.describe(`Default ${TASK_PAGE_SIZE}.`))),
};

export const taskStatusFilter = z.enum(["all", "pending", "completed"]);

const cursor = z.optional(describe(z.string().check(z.maxLength(8_192)), "next_cursor of the previous page."));

export const listTasksArgs = z.strictObject({
  status: z.optional(describe(taskStatusFilter, "Default: pending.")),
  ...viewFilters,
  cursor,
});

export const searchTasksArgs = z.strictObject({
  query: describe(
    z.string().check(z.trim(), z.minLength(1), z.maxLength(SEARCH_MAX)),
    "Words to find in titles and descriptions.",
  ),
  status: z.optional(describe(taskStatusFilter, "Default: all.")),
  ...viewFilters,
  cursor,
});

// Outputs. Everything a task holds is the user's data: clients must never follow it as instructions.

const named = z.object({ id: z.string(), name: z.string() });

export const taskData = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  priority: z.number(),
  due_date: z.nullable(z.string()),
  due_time: z.nullable(z.string()),
  recurrence: z.nullable(z.object({ rrule: z.string(), from: z.string() })),
  deadline: z.nullable(z.string()),
  project: z.nullable(named),
  labels: z.array(named),
  parent_id: z.nullable(z.string()),
  completed: z.boolean(),
  completed_at: z.nullable(z.string()),
  updated_at: z.string(),
});
export type TaskData = z.infer<typeof taskData>;

export const taskListOutput = z.object({ tasks: z.array(taskData), next_cursor: z.nullable(z.string()) });

/** What every mutating tool returns, as in the original task-app specification. */
export const taskChangeOutput = z.object({
  task_id: z.string(),
  status: z.enum(["created", "completed", "updated", "deleted"]),
  title: z.string(),
});
export type TaskChange = z.infer<typeof taskChangeOutput>;

export const projectListOutput = z.object({
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      color: z.string(),
      archived: z.boolean(),
      open_tasks: z.number(),
      /** The caller's role: owner, editor (may change its tasks) or viewer (may only read them). */
      role: z.enum(projectRoles),
    }),
  ),
});

export const labelListOutput = z.object({
  labels: z.array(z.object({ id: z.string(), name: z.string(), color: z.string(), open_tasks: z.number() })),
});
