import { z } from "zod";

// Shared by the task forms, the `task` router and (later) agent tools.
export const TASK_TITLE_MAX = 500;
export const TASK_DESCRIPTION_MAX = 10_000;
export const TASK_PAGE_SIZE = 50;
export const TASK_PAGE_SIZE_MAX = 100;

export const taskStatuses = ["open", "completed", "all"] as const;
export const taskSorts = ["manual", "created", "due", "priority", "title"] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export type TaskSort = (typeof taskSorts)[number];

export const taskId = z.uuid({ error: "Not a task id." });

export const taskTitle = z
  .string()
  .trim()
  .min(1, "Enter a title.")
  .max(TASK_TITLE_MAX, `Use at most ${TASK_TITLE_MAX} characters.`);

export const taskDescription = z
  .string()
  .max(TASK_DESCRIPTION_MAX, `Use at most ${TASK_DESCRIPTION_MAX.toLocaleString("en")} characters.`);

/** 1 = p1 (most urgent) … 4 = p4 (none). */
export const taskPriority = z.number().int().min(1, "Priority is p1 to p4.").max(4, "Priority is p1 to p4.");

/** A calendar date, "YYYY-MM-DD", that exists (no 2026-02-30). */
export const dueDate = z.iso.date({ error: "Use a date like 2026-03-31." });

/** A wall-clock time, "HH:mm". */
export const dueTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 09:30.");

const dueTimeNeedsDate = (task: { dueDate?: string | null; dueTime?: string | null }) =>
  !task.dueTime || Boolean(task.dueDate);
const dueTimeNeedsDateIssue = { error: "A due time needs a due date.", path: ["dueTime"] };

export const createTaskInput = z
  .object({
    /** Optional client-made id, so an optimistic row keeps its identity once saved. */
    id: taskId.optional(),
    title: taskTitle,
    description: taskDescription.optional(),
    priority: taskPriority.optional(),
    dueDate: dueDate.optional(),
    dueTime: dueTime.optional(),
  })
  .strict()
  .refine(dueTimeNeedsDate, dueTimeNeedsDateIssue);

export const updateTaskInput = z
  .object({
    id: taskId,
    /** The `updatedAt` the client last saw: if the task changed since, the update is refused (CONFLICT). */
    updatedAt: z.date(),
    title: taskTitle.optional(),
    description: taskDescription.optional(),
    priority: taskPriority.optional(),
    dueDate: dueDate.nullable().optional(),
    dueTime: dueTime.nullable().optional(),
  })
  .strict()
  .refine(
    (input) =>
      [input.title, input.description, input.priority, input.dueDate, input.dueTime].some((v) => v !== undefined),
    { error: "Nothing to change." },
  );

export const listTasksInput = z
  .object({
    status: z.enum(taskStatuses).default("open"),
    sort: z.enum(taskSorts).default("manual"),
    cursor: z.string().max(512).nullish(),
    /** Sent by tRPC's infinite queries; pages only go forward. */
    direction: z.literal("forward").optional(),
    limit: z.number().int().min(1).max(TASK_PAGE_SIZE_MAX).default(TASK_PAGE_SIZE),
  })
  .strict();

export const taskIdInput = z.object({ id: taskId }).strict();

export const setCompletedInput = z.object({ id: taskId, completed: z.boolean() }).strict();

export const reorderTaskInput = z
  .object({
    id: taskId,
    /** The task it now follows (null/absent: it goes first, or before `beforeId`). */
    afterId: taskId.nullish(),
    /** The task it now precedes (null/absent: it goes last, or after `afterId`). */
    beforeId: taskId.nullish(),
  })
  .strict()
  .refine((input) => input.afterId !== input.id && input.beforeId !== input.id, {
    error: "A task cannot move next to itself.",
  });

export type CreateTaskInput = z.infer<typeof createTaskInput>;
export type UpdateTaskInput = z.infer<typeof updateTaskInput>;
export type ListTasksInput = z.input<typeof listTasksInput>;
/** The list input once defaults are applied. */
export type ListTasksQuery = z.output<typeof listTasksInput>;
