// Tool calls in words, for the chat's cards. Lenient about shapes: a card must never break the chat.

import { describeRecurrence, type RecurrenceAnchor } from "@/lib/recurrence";

type Json = Record<string, unknown>;

const record = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});
const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const quoted = (value: string | null) => (value ? ` “${value}”` : "");

function titleIn(...values: unknown[]): string | null {
  for (const value of values) {
    const found = text(record(value).title);
    if (found) return found;
  }
  return null;
}

function countIn(output: unknown, key: string): number | null {
  const value = record(output)[key];
  if (Array.isArray(value)) return value.length;
  return Array.isArray(output) ? output.length : null;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the tool did (its output is in), e.g. "Added task “Buy milk”". */
export function describeToolResult(name: string, input: unknown, output: unknown): string {
  const title = titleIn(output, input);
  switch (name) {
    case "add_task":
      return `Added task${quoted(title ?? text(record(input).text))}`;
    case "complete_task":
      return `Completed${quoted(title)}`;
    case "update_task":
      return `Updated${quoted(title)}`;
    case "delete_task":
      return `Deleted${quoted(title)}`;
    case "search_tasks": {
      const count = countIn(output, "tasks");
      const query = text(record(input).query);
      return `Searched for${quoted(query)}${count === null ? "" : `: ${plural(count, "task", "tasks")} found`}`;
    }
    case "list_tasks": {
      const count = countIn(output, "tasks");
      return count === null ? "Listed tasks" : `Listed ${plural(count, "task", "tasks")}`;
    }
    case "list_projects": {
      const count = countIn(output, "projects");
      return count === null ? "Listed projects" : `Listed ${plural(count, "project", "projects")}`;
    }
    case "list_labels": {
      const count = countIn(output, "labels");
      return count === null ? "Listed labels" : `Listed ${plural(count, "label", "labels")}`;
    }
    case "filter_tasks": {
      const query = quoted(text(record(input).query));
      if (record(output).valid === false) return `Tried the filter${query}: it does not parse`;
      const count = countIn(output, "tasks");
      return `Filtered with${query}${count === null ? "" : `: ${plural(count, "task", "tasks")} found`}`;
    }
    case "save_filter": {
      const name = quoted(text(record(input).name));
      return record(output).valid === false
        ? `Did not save filter${name}: its query does not parse`
        : `Saved filter${name}`;
    }
    default:
      return `Ran ${name.replaceAll("_", " ")}`;
  }
}

/** What the tool is about to do, e.g. "Delete task “Buy milk”", for a running call or a confirmation. */
export function describeToolCall(name: string, input: unknown, knownTitle: string | null = null): string {
  const title = knownTitle ?? titleIn(input);
  const ids = record(input).task_ids;
  const many = Array.isArray(ids) ? ` ${plural(ids.length, "task", "tasks")}` : "";
  switch (name) {
    case "add_task":
      return `Add task${quoted(title ?? text(record(input).text))}`;
    case "complete_task":
      return `Complete${many || ` task${quoted(title)}`}`;
    case "update_task":
      return `Change${many || ` task${quoted(title)}`}`;
    case "delete_task":
      return `Delete${many || ` task${quoted(title)}`}`;
    case "search_tasks":
      return `Search for${quoted(text(record(input).query))}`;
    case "filter_tasks":
      return `Filter with${quoted(text(record(input).query))}`;
    case "save_filter":
      return `Save filter${quoted(text(record(input).name))}`;
    default:
      return `${name.replaceAll("_", " ").replace(/^./, (first) => first.toUpperCase())}${many}`;
  }
}

/** The id a single-task call names (for the confirmation to show the task's title). */
export function taskIdIn(input: unknown): string | null {
  return text(record(input).task_id);
}

/** Names of the user's projects and labels, to name the ids a change gives. */
export interface KnownNames {
  projects: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
}

const EXCERPT = 200;
const excerpt = (value: string) => (value.length > EXCERPT ? `${value.slice(0, EXCERPT)}…` : value);

function repeatIn(value: unknown): string {
  const { rrule, from } = record(value);
  if (typeof rrule !== "string") return "Repeat: removed";
  const anchor: RecurrenceAnchor = from === "completion" ? "completion" : "due";
  return `Repeats: ${describeRecurrence(rrule, anchor)}`;
}

/**
 * What an update_task call would write, field by field, for the user to approve knowingly: the
 * model's own words for a title or a description are shown, not its summary of them.
 */
export function describeChanges(name: string, input: unknown, names: KnownNames): string[] {
  if (name !== "update_task") return [];
  const args = record(input);
  const changes: string[] = [];
  const has = (key: string) => key in args && args[key] !== undefined;
  if (has("title")) changes.push(`Title: “${excerpt(String(args.title))}”`);
  if (has("description")) {
    const description = String(args.description);
    changes.push(description ? `Description: “${excerpt(description)}”` : "Description: removed");
  }
  if (has("priority")) changes.push(`Priority: p${String(args.priority)}`);
  if (has("due_date")) {
    changes.push(
      args.due_date === null ? "Due date: removed (with its time and repeat)" : `Due: ${String(args.due_date)}`,
    );
  }
  if (has("due_time")) changes.push(args.due_time === null ? "Time: removed" : `Time: ${String(args.due_time)}`);
  if (has("recurrence")) changes.push(repeatIn(args.recurrence));
  if (has("project_id")) {
    const project = text(args.project_id);
    changes.push(
      `Moved to: ${project === null ? "Inbox" : (names.projects.get(project) ?? "a project you cannot see")}`,
    );
  }
  if (Array.isArray(args.label_ids)) {
    const labels = args.label_ids.map((id) => names.labels.get(String(id)) ?? "an unknown label");
    changes.push(`Labels: ${labels.length ? labels.join(", ") : "none"}`);
  }
  return changes;
}
