import "server-only";
import type { MockLanguageModelV3 } from "ai/test";
import { readToolData } from "./tool-data";

// The script of the test model (scripted-model.ts): from the conversation so far, the next step.
// It understands a few sentences, enough to drive every tool path the tests need:
//   "add a task <title>"      → add_task
//   "complete <title>"        → search_tasks, then complete_task on the match
//   "delete it"               → delete_task on the task last mentioned (asks for approval)
//   "delete <title>"          → search_tasks, then delete_task on the match
//   "list my tasks"           → list_tasks
//   "save a filter <name>: <query>" → save_filter (a query that does not parse: says where, saves nothing)
//   "filter <query>"          → filter_tasks
// and answers anything else, and every tool result, with a sentence. It speaks the shared agent tools'
// language (src/server/agent-tools): `task_id` in, `{ task_id, status, title }` or `{ tasks }` out,
// results in their data envelope (tool-data.ts).
// Like a model fooled by a prompt injection, it obeys an instruction planted in a listed task's title
// or description: "complete all tasks" or "rename every task to "<title>"" make it call complete_task
// or update_task on every listed task at once, so tests can show what stops that.

export type Prompt = Parameters<MockLanguageModelV3["doStream"]>[0]["prompt"];

export interface ScriptedCall {
  toolName: string;
  input: object;
}

export type ScriptedStep =
  | { kind: "text"; text: string }
  | ({ kind: "tool" } & ScriptedCall)
  | { kind: "tools"; calls: ScriptedCall[] };

interface ToolOutcome {
  toolName: string;
  /** The tool's JSON answer; null when it failed or was denied. */
  value: unknown;
  error: string | null;
  denied: boolean;
}

type Intent =
  | { kind: "add"; title: string }
  | { kind: "complete"; title: string }
  | { kind: "delete-it" }
  | { kind: "delete"; title: string }
  | { kind: "list" }
  | { kind: "saveFilter"; name: string; query: string }
  | { kind: "filter"; query: string }
  | { kind: "other" };

export const HELP_TEXT =
  "I can add, find, complete and delete your tasks. Try “add a task Buy milk”, “complete Buy milk” or “delete it”.";

function intentOf(text: string): Intent {
  const said = text.trim().replace(/[.!?]+$/, "");
  const add = /^add (?:a )?task:?\s+(.+)$/i.exec(said);
  if (add?.[1]) return { kind: "add", title: add[1].trim() };
  const complete = /^(?:complete|finish)\s+(.+)$/i.exec(said);
  if (complete?.[1]) return { kind: "complete", title: complete[1].trim() };
  if (/^delete (?:it|that)$/i.test(said)) return { kind: "delete-it" };
  const remove = /^delete\s+(.+)$/i.exec(said);
  if (remove?.[1]) return { kind: "delete", title: remove[1].trim() };
  if (/^(?:list|show) my tasks$/i.test(said)) return { kind: "list" };
  // The query as written (not stripped of a final "!" or "?", which the language may use).
  const saveFilter = /^save (?:a )?filter\s+([^:]+):\s*(.+)$/i.exec(text.trim());
  if (saveFilter?.[1] && saveFilter[2]) return { kind: "saveFilter", name: saveFilter[1].trim(), query: saveFilter[2] };
  const filter = /^filter\s+(.+)$/i.exec(text.trim());
  if (filter?.[1]) return { kind: "filter", query: filter[1] };
  return { kind: "other" };
}

function outcomesIn(messages: Prompt): ToolOutcome[] {
  return messages.flatMap((message): ToolOutcome[] => {
    if (message.role !== "tool" && message.role !== "assistant") return [];
    return message.content.flatMap((part): ToolOutcome[] => {
      if (part.type !== "tool-result") return [];
      const { output } = part;
      const base: ToolOutcome = { toolName: part.toolName, value: null, error: null, denied: false };
      if (output.type === "text") return [{ ...base, value: readToolData(output.value) }];
      if (output.type === "json") return [{ ...base, value: output.value }];
      if (output.type === "execution-denied") return [{ ...base, denied: true }];
      if (output.type === "error-text") return [{ ...base, error: output.value }];
      if (output.type === "error-json") return [{ ...base, error: JSON.stringify(output.value) }];
      return [{ ...base, error: "unexpected output" }];
    });
  });
}

interface FoundTask {
  id: string;
  title: string;
  description: string;
  completed: boolean;
}

/** A task as the tools give it: in a list (`id`), or as a change (`task_id`, `status`, `title`). */
function asTask(value: unknown): FoundTask | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, task_id: taskId, title, description, completed, status } = value as Record<string, unknown>;
  const found = typeof id === "string" ? id : taskId;
  if (typeof found !== "string" || typeof title !== "string") return null;
  return {
    id: found,
    title,
    description: typeof description === "string" ? description : "",
    completed: completed === true || status === "completed",
  };
}

/** The task a tool changed, or the tasks it found (`{ tasks }`). */
function tasksIn(value: unknown): FoundTask[] {
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const list = Array.isArray(record.tasks) ? record.tasks : [record];
  return list.map(asTask).filter((task): task is FoundTask => task !== null);
}

function bestMatch(tasks: FoundTask[], title: string, open: boolean): FoundTask | undefined {
  const candidates = open ? tasks.filter((task) => !task.completed) : tasks;
  return candidates.find((task) => task.title.toLowerCase() === title.toLowerCase()) ?? candidates[0];
}

function userText(message: Prompt[number] | undefined): string {
  if (message?.role !== "user") return "";
  return message.content.map((part) => (part.type === "text" ? part.text : "")).join(" ");
}

/** After a search: act on the match, or say there is none. */
function actOnSearch(found: ToolOutcome, title: string, toolName: string, open: boolean): ScriptedStep {
  const match = bestMatch(tasksIn(found.value), title, open);
  if (!match) return { kind: "text", text: `I found no ${open ? "open " : ""}task called “${title}”.` };
  return { kind: "tool", toolName, input: { task_id: match.id } };
}

/** What a fooled model does with an instruction planted in the tasks it listed: every task at once. */
function obeyPlanted(tasks: FoundTask[]): ScriptedStep | null {
  const text = tasks.map((task) => `${task.title}\n${task.description}`).join("\n");
  const open = tasks.filter((task) => !task.completed);
  if (/\bcomplete (?:all|every)\b/i.test(text)) {
    return { kind: "tools", calls: open.map((task) => ({ toolName: "complete_task", input: { task_id: task.id } })) };
  }
  const rename = /\brename (?:all|every) tasks? to "([^"]+)"/i.exec(text);
  if (rename?.[1]) {
    const title = rename[1];
    return {
      kind: "tools",
      calls: open.map((task) => ({ toolName: "update_task", input: { task_id: task.id, title } })),
    };
  }
  return null;
}

/** A filter tool's answer: the parse error it reported, or what it did. */
function afterFilterTool(last: ToolOutcome): ScriptedStep {
  const value = typeof last.value === "object" && last.value !== null ? (last.value as Record<string, unknown>) : {};
  const error = typeof value.error === "object" && value.error !== null ? (value.error as Record<string, unknown>) : {};
  if (value.valid === false) return { kind: "text", text: `That query does not parse: ${String(error.message)}.` };
  if (last.toolName === "save_filter") return { kind: "text", text: "Saved the filter: it is in your sidebar." };
  return { kind: "text", text: `${tasksIn(value).length} tasks match.` };
}

function afterTool(last: ToolOutcome): ScriptedStep {
  if (last.denied) return { kind: "text", text: "All right, I left it as it was." };
  if (last.error) return { kind: "text", text: `That did not work: ${last.error}` };
  if (last.toolName === "save_filter" || last.toolName === "filter_tasks") return afterFilterTool(last);
  const [task] = tasksIn(last.value);
  if (last.toolName === "add_task" && task) return { kind: "text", text: `Added “${task.title}” to your Inbox.` };
  if (last.toolName === "complete_task" && task) return { kind: "text", text: `Completed “${task.title}”.` };
  if (last.toolName === "delete_task" && task) {
    return { kind: "text", text: `Deleted “${task.title}”: it is in the trash.` };
  }
  return { kind: "text", text: "Done." };
}

export function planScriptedStep(prompt: Prompt): ScriptedStep {
  let lastUser = -1;
  prompt.forEach((message, index) => {
    if (message.role === "user") lastUser = index;
  });
  const intent = intentOf(userText(prompt[lastUser]));
  const outcomes = outcomesIn(prompt.slice(lastUser + 1));
  const last = outcomes.at(-1);

  if (last && last.toolName === "search_tasks" && !last.error) {
    if (intent.kind === "complete") return actOnSearch(last, intent.title, "complete_task", true);
    if (intent.kind === "delete") return actOnSearch(last, intent.title, "delete_task", false);
  }
  if (last && last.toolName === "list_tasks" && !last.error) {
    const listed = tasksIn(last.value);
    return obeyPlanted(listed) ?? { kind: "text", text: `You have ${listed.length} open tasks.` };
  }
  if (last) return afterTool(last);

  switch (intent.kind) {
    case "add":
      return { kind: "tool", toolName: "add_task", input: { title: intent.title } };
    case "list":
      return { kind: "tool", toolName: "list_tasks", input: {} };
    case "saveFilter":
      return { kind: "tool", toolName: "save_filter", input: { name: intent.name, query: intent.query } };
    case "filter":
      return { kind: "tool", toolName: "filter_tasks", input: { query: intent.query } };
    case "complete":
    case "delete":
      return { kind: "tool", toolName: "search_tasks", input: { query: intent.title } };
    case "delete-it": {
      const mentioned = outcomesIn(prompt.slice(0, lastUser)).flatMap((outcome) => tasksIn(outcome.value));
      const target = mentioned.at(-1);
      if (!target) return { kind: "text", text: "Which task? Tell me its name: “delete Buy milk”." };
      return { kind: "tool", toolName: "delete_task", input: { task_id: target.id } };
    }
    default:
      return { kind: "text", text: HELP_TEXT };
  }
}
