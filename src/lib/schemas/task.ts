import { z } from "zod/mini";

// Shared by the task forms, the `task` router and (later) agent tools. zod/mini, because these
// schemas ship to the browser: the same rules as classic zod at a fraction of its bundle size.

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
  .check(
    z.trim(),
    z.minLength(1, "Enter a title."),
    z.maxLength(TASK_TITLE_MAX, `Use at most ${TASK_TITLE_MAX} characters.`),
  );

export const taskDescription = z
  .string()
  .check(z.maxLength(TASK_DESCRIPTION_MAX, `Use at most ${TASK_DESCRIPTION_MAX.toLocaleString("en")} characters.`));

/** 1 = p1 (most urgent) … 4 = p4 (none). */
export const taskPriority = z.int().check(z.gte(1, "Priority is p1 to p4."), z.lte(4, "Priority is p1 to p4."));

/** A calendar date, "YYYY-MM-DD", that exists (no 2026-02-30). */
export const dueDate = z.iso.date({ error: "Use a date like 2026-03-31." });

/** A wall-clock time, "HH:mm". */
export const dueTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 09:30."));

type DueFields = { dueDate?: string | null | undefined; dueTime?: string | null | undefined };

/** Also used by the details form, whose empty fields arrive as null. */
export const dueTimeNeedsDate = z.refine<DueFields>((task) => !task.dueTime || Boolean(task.dueDate), {
  error: "A due time needs a due date.",
  path: ["dueTime"],
});

export const createTaskInput = z
  .strictObject({
    /** Optional client-made id, so an optimistic row keeps its identity once saved. */
    id: z.optional(taskId),
    title: taskTitle,
    description: z.optional(taskDescription),
    priority: z.optional(taskPriority),
    dueDate: z.optional(dueDate),
    dueTime: z.optional(dueTime),
  })
  .check(dueTimeNeedsDate);

export const updateTaskInput = z
  .strictObject({
    id: taskId,
    /** The `updatedAt` the client last saw: if the task changed since, the update is refused (CONFLICT). */
    updatedAt: z.date(),
    title: z.optional(taskTitle),
    description: z.optional(taskDescription),
    priority: z.optional(taskPriority),
    dueDate: z.optional(z.nullable(dueDate)),
    dueTime: z.optional(z.nullable(dueTime)),
  })
  .check(
    z.refine(
      (input) =>
        [input.title, input.description, input.priority, input.dueDate, input.dueTime].some(
          (value) => value !== undefined,
        ),
      { error: "Nothing to change." },
    ),
  );

export const listTasksInput = z.strictObject({
  status: z._default(z.enum(taskStatuses), "open"),
  sort: z._default(z.enum(taskSorts), "manual"),
  // A title-sorted cursor holds a lowercased title (up to 500 characters, 3 bytes each in UTF-8).
  cursor: z.nullish(z.string().check(z.maxLength(8_192))),
  /** Sent by tRPC's infinite queries; pages only go forward. */
  direction: z.optional(z.literal("forward")),
  limit: z._default(z.int().check(z.gte(1), z.lte(TASK_PAGE_SIZE_MAX)), TASK_PAGE_SIZE),
});

export const taskIdInput = z.strictObject({ id: taskId });

export const setCompletedInput = z.strictObject({ id: taskId, completed: z.boolean() });

export const reorderTaskInput = z
  .strictObject({
    id: taskId,
    /** The task it now follows (null/absent: it goes first, or before `beforeId`). */
    afterId: z.nullish(taskId),
    /** The task it now precedes (null/absent: it goes last, or after `afterId`). */
    beforeId: z.nullish(taskId),
  })
  .check(
    z.refine((input) => input.afterId !== input.id && input.beforeId !== input.id, {
      error: "A task cannot move next to itself.",
    }),
  );

export type CreateTaskInput = z.infer<typeof createTaskInput>;
/** The list input once defaults are applied. */
export type ListTasksQuery = z.output<typeof listTasksInput>;
