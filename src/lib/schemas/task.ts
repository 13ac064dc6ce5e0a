import { z } from "zod/mini";
import { FILTER_QUERY_MAX } from "../filters/limits";
import { parseRecurrenceRule, RECURRENCE_RULE_MAX_LENGTH } from "../recurrence";
import { labelId, labelIds } from "./label";
import { projectId } from "./project";
import { sectionId } from "./section";
import { recurrenceFroms, TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "./task-limits";

// Shared by the task forms, the `task` router and (later) agent tools. zod/mini, because these
// schemas ship to the browser: the same rules as classic zod at a fraction of its bundle size.

export { QUICK_ADD_LINE_MAX, recurrenceFroms, TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "./task-limits";
export const TASK_PAGE_SIZE = 50;
export const TASK_PAGE_SIZE_MAX = 100;

export const BULK_MAX = 200;

export const taskStatuses = ["open", "completed", "all"] as const;
/** `completed`: most recently completed first. `relevance`: best search match first (needs `search`). */
/** `deadline`: nearest deadline first, tasks without one last. */
export const taskSorts = [
  "manual",
  "created",
  "due",
  "deadline",
  "priority",
  "title",
  "completed",
  "relevance",
] as const;

export type TaskStatus = (typeof taskStatuses)[number];
export type TaskSort = (typeof taskSorts)[number];

export const taskId = z.uuid({ error: "Not a task id." });

/** Someone's user id (an assignee, a member). */
export const userId = z.uuid({ error: "Not a user id." });

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

/** The date a task must be done by (a day, no time), apart from its due date. */
export const deadline = z.iso.date({ error: "Use a date like 2026-03-31." });

/** A wall-clock time, "HH:mm". */
export const dueTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 09:30."));

/** A repeat rule parseRecurrenceRule accepts, with its words for the first problem (the details form's check too). */
export const readableRecurrenceRule = z.superRefine<string>((rrule, context) => {
  const parsed = parseRecurrenceRule(rrule);
  if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.error, input: rrule });
});

/**
 * How a task repeats: an RFC 5545 RRULE (daily to yearly, no DTSTART: the due date anchors it), counted
 * from the due date (`due`, Todoist's "every") or from the day it was completed (`completion`, "every!").
 */
export const recurrence = z.strictObject({
  rrule: z
    .string()
    .check(z.maxLength(RECURRENCE_RULE_MAX_LENGTH, "That repeat rule is too long."), readableRecurrenceRule),
  from: z.enum(recurrenceFroms, { error: 'Repeat from "due" or "completion".' }),
});
export type Recurrence = z.infer<typeof recurrence>;

type DueFields = {
  dueDate?: string | null | undefined;
  dueTime?: string | null | undefined;
};

/** Also used by the details form, whose empty fields arrive as null. */
export const dueTimeNeedsDate = z.refine<DueFields>((task) => !task.dueTime || Boolean(task.dueDate), {
  error: "A due time needs a due date.",
  path: ["dueTime"],
});

/** A repeat counts from the due date: no repeat without one. `field` holds the repeat (the details form's "repeat"). */
export function repeatNeedsDate<Field extends string>(field: Field) {
  return z.refine<DueFields & { [Key in Field]?: unknown }>((task) => !task[field] || Boolean(task.dueDate), {
    error: "A repeating task needs a due date.",
    path: [field],
  });
}

export const recurrenceNeedsDate = repeatNeedsDate("recurrence");

export const createTaskInput = z
  .strictObject({
    /** Optional client-made id, so an optimistic row keeps its identity once saved. */
    id: z.optional(taskId),
    title: taskTitle,
    description: z.optional(taskDescription),
    priority: z.optional(taskPriority),
    dueDate: z.optional(dueDate),
    dueTime: z.optional(dueTime),
    recurrence: z.optional(z.nullable(recurrence)),
    deadline: z.optional(z.nullable(deadline)),
    /** null or absent: the Inbox. A subtask always lives in its parent's project. */
    projectId: z.optional(z.nullable(projectId)),
    parentId: z.optional(z.nullable(taskId)),
    /** A section of the task's project (null or absent: none). A subtask is always in its parent's section. */
    sectionId: z.optional(z.nullable(sectionId)),
    labelIds: z.optional(labelIds),
    /** A member of the task's project who is to do it (in the Inbox: only its owner), or null. */
    assigneeId: z.optional(z.nullable(userId)),
  })
  .check(dueTimeNeedsDate, recurrenceNeedsDate);

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
    recurrence: z.optional(z.nullable(recurrence)),
    /** null: no deadline. */
    deadline: z.optional(z.nullable(deadline)),
    projectId: z.optional(z.nullable(projectId)),
    /** null: no longer a subtask. */
    parentId: z.optional(z.nullable(taskId)),
    /**
     * A section of the task's project (after a move, of the new one), or null: none. Moving a task to another
     * project without naming one leaves it in none. Its subtasks follow it.
     */
    sectionId: z.optional(z.nullable(sectionId)),
    /** The task's whole set of labels (replaces the old set). */
    labelIds: z.optional(labelIds),
    /** A member of the task's project, or null: nobody. */
    assigneeId: z.optional(z.nullable(userId)),
  })
  .check(
    z.refine(
      (input) =>
        [
          input.title,
          input.description,
          input.priority,
          input.dueDate,
          input.dueTime,
          input.recurrence,
          input.deadline,
          input.projectId,
          input.parentId,
          input.sectionId,
          input.labelIds,
          input.assigneeId,
        ].some((value) => value !== undefined),
      { error: "Nothing to change." },
    ),
  );

export const SEARCH_MAX = 200;
export const LABELS_FILTER_MAX = 10;

export const listTasksInput = z.strictObject({
  status: z._default(z.enum(taskStatuses), "open"),
  /** null: the Inbox; absent: every project. */
  projectId: z.optional(z.nullable(projectId)),
  /** Tasks that have every one of these labels. */
  labelIds: z.optional(z.array(labelId).check(z.maxLength(LABELS_FILTER_MAX))),
  /** null: top-level tasks only; an id: that task's subtasks; absent: both. */
  parentId: z.optional(z.nullable(taskId)),
  /** null: tasks in no section; an id: that section's tasks; absent: either. */
  sectionId: z.optional(z.nullable(sectionId)),
  priority: z.optional(taskPriority),
  /** Tasks assigned to this user; "me": to the caller ("Assigned to me"). */
  assigneeId: z.optional(z.union([z.literal("me"), userId])),
  /** Due on or after / on or before these dates (a task without a due date matches neither). */
  dueFrom: z.optional(dueDate),
  dueTo: z.optional(dueDate),
  /** Tasks with a deadline (true) or without one (false). */
  hasDeadline: z.optional(z.boolean()),
  /** Deadline on or before this date ("overdue": before today); a task without a deadline does not match. */
  deadlineTo: z.optional(deadline),
  search: z.optional(
    z.string().check(z.trim(), z.maxLength(SEARCH_MAX, `Search for at most ${SEARCH_MAX} characters.`)),
  ),
  /**
   * A query in the filter language (`today & p1`, `#Work | @urgent`…: src/lib/filters/parse.ts), combined
   * with the other inputs; one that does not parse is BAD_REQUEST with the parse error's message.
   */
  filter: z.optional(z.string().check(z.maxLength(FILTER_QUERY_MAX, `Use at most ${FILTER_QUERY_MAX} characters.`))),
  /** Defaults to `relevance` when searching, else `manual`. */
  sort: z.optional(z.enum(taskSorts)),
  // A title-sorted cursor holds a lowercased title (up to 500 characters, 3 bytes each in UTF-8).
  cursor: z.nullish(z.string().check(z.maxLength(8_192))),
  /** Sent by tRPC's infinite queries; pages only go forward. */
  direction: z.optional(z.literal("forward")),
  limit: z._default(z.int().check(z.gte(1), z.lte(TASK_PAGE_SIZE_MAX)), TASK_PAGE_SIZE),
});

/** Completed: every completion, newest first (a repeating task's completed occurrences too). */
export const listCompletionsInput = z.strictObject({
  cursor: z.nullish(z.string().check(z.maxLength(512))),
  /** Sent by tRPC's infinite queries; pages only go forward. */
  direction: z.optional(z.literal("forward")),
  limit: z._default(z.int().check(z.gte(1), z.lte(TASK_PAGE_SIZE_MAX)), TASK_PAGE_SIZE),
});

export type ListCompletionsQuery = z.output<typeof listCompletionsInput>;

export const taskIdInput = z.strictObject({ id: taskId });

/** One change applied to many tasks at once; each has an inverse, so every bulk action can be undone. */
export const bulkChange = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("complete"), completed: z.boolean() }),
  z.strictObject({
    action: z.literal("move"),
    projectId: z.nullable(projectId),
    /** Also nest them under this task (in `projectId`): how Undo puts moved subtasks back. */
    parentId: z.optional(taskId),
  }),
  z.strictObject({ action: z.literal("addLabel"), labelId }),
  z.strictObject({ action: z.literal("removeLabel"), labelId }),
  z.strictObject({ action: z.literal("priority"), priority: taskPriority }),
  z.strictObject({ action: z.literal("assign"), assigneeId: z.nullable(userId) }),
  z.strictObject({ action: z.literal("delete") }),
  z.strictObject({ action: z.literal("restore") }),
  z
    .strictObject({
      action: z.literal("schedule"),
      /** null: no date (which clears the time and the repeat, as in `task.update`). */
      dueDate: z.nullable(dueDate),
      /** Absent: each task keeps its own time (and repeat). */
      dueTime: z.optional(z.nullable(dueTime)),
      recurrence: z.optional(z.nullable(recurrence)),
    })
    .check(dueTimeNeedsDate, recurrenceNeedsDate),
]);

export const bulkTaskInput = z.strictObject({
  ids: z
    .array(taskId)
    .check(z.minLength(1, "Select at least one task."), z.maxLength(BULK_MAX, `Select at most ${BULK_MAX} tasks.`)),
  change: bulkChange,
});
export type BulkChange = z.infer<typeof bulkChange>;

export const setCompletedInput = z.strictObject({ id: taskId, completed: z.boolean() });

export const reorderTaskInput = z
  .strictObject({
    id: taskId,
    /** The task it now follows (null/absent: it goes first, or before `beforeId`). */
    afterId: z.nullish(taskId),
    /** The task it now precedes (null/absent: it goes last, or after `afterId`). */
    beforeId: z.nullish(taskId),
    /** Also moves it (with its subtasks) into this section of its project, or out of any (null). */
    sectionId: z.optional(z.nullable(sectionId)),
  })
  .check(
    z.refine((input) => input.afterId !== input.id && input.beforeId !== input.id, {
      error: "A task cannot move next to itself.",
    }),
  );

export type CreateTaskInput = z.infer<typeof createTaskInput>;
/** The list input once defaults are applied. */
export type ListTasksQuery = z.output<typeof listTasksInput>;
