import "server-only";
import { z } from "zod/mini";
import { FILTER_QUERY_MAX } from "@/lib/filters/limits";
import { parseFilter } from "@/lib/filters/parse";
import { colorName } from "@/lib/schemas/colors";
import { filterName } from "@/lib/schemas/filter";
import { TASK_PAGE_SIZE, TASK_PAGE_SIZE_MAX } from "@/lib/schemas/task";
import { defineTool } from "./define";
import { taskData, taskStatusFilter } from "./schemas";
import { namesOf, toTaskData } from "./task-data";

// Saved filters (#19) for agents: the model writes a query in the filter language from the user's
// sentence ("what's urgent this week for Home" → `#Home & (p1 | p2) & 7 days`); the tool checks it with
// the app's parser and hands a query that does not parse back as data (where, and what was expected
// there), so the model can correct it and call again.

const LANGUAGE =
  "Filter language (Todoist's): today, tomorrow, overdue, no date, `7 days` (today through 6 days on), " +
  "`due before: <date>`, `due after: <date>`, `due: <date>` (dates: 2026-12-31, Dec 31, today, tomorrow, next week), " +
  "p1–p4, #Project, /Section, @label, no labels, `assigned to: me`, `assigned to: <name>`, `search: <words>`, " +
  "subtask, recurring; combined with & (and), | (or), ! (not) and parentheses; ! binds tighter than &, & tighter than |. " +
  "Names run up to the next operator (`#My Project & p1`); write \\& \\| \\( \\) for those characters inside a name.";

const query = z
  .string()
  // Not trimmed: an error's position counts from the query's first character as the model wrote it.
  .check(z.minLength(1), z.maxLength(FILTER_QUERY_MAX), z.describe(`A query. ${LANGUAGE}`));

const parseError = z.object({
  position: z.number().check(z.describe("0-based character offset into the query.")),
  message: z.string(),
});

export const filterTasksArgs = z.strictObject({
  query,
  status: z.optional(taskStatusFilter.check(z.describe("Default: pending."))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(TASK_PAGE_SIZE_MAX), z.describe(`Default ${TASK_PAGE_SIZE}.`))),
  cursor: z.optional(z.string().check(z.maxLength(8_192), z.describe("next_cursor of the previous page."))),
});

export const filterTasksOutput = z.object({
  valid: z.boolean(),
  /** When the query does not parse: fix it and call again. */
  error: z.optional(parseError),
  tasks: z.optional(z.array(taskData)),
  next_cursor: z.optional(z.nullable(z.string())),
});

export const saveFilterArgs = z.strictObject({
  name: filterName.check(z.describe("The filter's name in the sidebar (unique for the user, ignoring case).")),
  query,
  color: z.optional(colorName),
});

export const saveFilterOutput = z.object({
  valid: z.boolean(),
  error: z.optional(parseError),
  filter: z.optional(z.object({ id: z.string(), name: z.string(), query: z.string(), color: z.string() })),
});

const STATUS = { all: "all", pending: "open", completed: "completed" } as const;

export const filterTools = [
  defineTool({
    name: "filter_tasks",
    title: "Find tasks with a filter",
    description:
      "Lists the user's tasks that match a filter query (soonest due first, 50 a page; follow `next_cursor`). " +
      "A query that does not parse comes back as `{ valid: false, error: { position, message } }`: fix it and call again. " +
      LANGUAGE,
    scope: "tasks:read",
    input: filterTasksArgs,
    output: filterTasksOutput,
    annotations: { readOnlyHint: true },
    async run(args, { api }) {
      const parsed = parseFilter(args.query);
      if (!parsed.ok) return { valid: false, error: parsed.error };
      const [page, projects, labels] = await Promise.all([
        api.task.list({
          filter: args.query,
          status: STATUS[args.status ?? "pending"],
          sort: "due",
          ...(args.limit ? { limit: args.limit } : {}),
          ...(args.cursor ? { cursor: args.cursor } : {}),
        }),
        api.project.list(),
        api.label.list(),
      ]);
      const names = namesOf(projects, labels);
      return { valid: true, tasks: page.items.map((task) => toTaskData(task, names)), next_cursor: page.nextCursor };
    },
  }),

  defineTool({
    name: "save_filter",
    title: "Save a filter",
    description:
      "Saves a named filter in the user's sidebar, to open its matching tasks later. A query that does not parse is " +
      "not saved and comes back as `{ valid: false, error: { position, message } }`: fix it and call again. " +
      LANGUAGE,
    scope: "tasks:write",
    input: saveFilterArgs,
    output: saveFilterOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    async run(args, { api }) {
      const parsed = parseFilter(args.query);
      if (!parsed.ok) return { valid: false, error: parsed.error };
      const {
        id,
        name,
        query: saved,
        color,
      } = await api.filter.create({
        name: args.name,
        query: args.query,
        ...(args.color ? { color: args.color } : {}),
      });
      return { valid: true, filter: { id, name, query: saved, color } };
    },
  }),
];
