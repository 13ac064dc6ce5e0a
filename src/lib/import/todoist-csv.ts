import { isValidDateString } from "@/lib/dates";
import { parseQuickAdd } from "@/lib/quick-add";
import { findLabels } from "@/lib/quick-add/sigils";
import { textWithout } from "@/lib/quick-add/text";
import { COMMENT_BODY_MAX } from "@/lib/schemas/comment";
import { LABEL_NAME_MAX, LABELS_PER_TASK_MAX } from "@/lib/schemas/label";
import { PROJECT_NAME_MAX } from "@/lib/schemas/project";
import { SECTION_NAME_MAX } from "@/lib/schemas/section";
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "@/lib/schemas/task-limits";
import { type CsvRecord, parseCsv } from "./csv";
import type { PlannedProject, PlannedTask } from "./plan";
import { type ImportProblem, ImportRefusal } from "./refusal";

// Todoist's project CSV (Todoist: "Import and export projects as CSV"): a header row, then one row per
// task, section or note. Columns are found by name, in any order; unknown columns are ignored.

const REQUIRED_COLUMNS = ["TYPE", "CONTENT"] as const;
const COLUMNS = [
  ...REQUIRED_COLUMNS,
  "DESCRIPTION",
  "PRIORITY",
  "INDENT",
  "RESPONSIBLE",
  "DATE",
  "DATE_LANG",
  "DURATION",
  "DURATION_UNIT",
  "DEADLINE",
] as const;
type Column = (typeof COLUMNS)[number];

export type TodoistReadOptions = {
  /** The file's name: the project's name, without `.csv`. */
  fileName: string;
  now: Date;
  /** The importing user's IANA zone: what "tomorrow 5pm" means. */
  timeZone: string;
  /** Put before each problem's message ("Work.csv: "), for a backup's several files. */
  problemPrefix?: string;
  /** Rows left under the import's limit (a backup's files share it). */
  maxRows?: number;
};

export function projectNameFromFile(fileName: string): string {
  const base = fileName.split("/").pop() ?? fileName;
  const name = base.replace(/\.csv$/i, "").trim();
  return (name || "Imported").slice(0, PROJECT_NAME_MAX);
}

/**
 * Reads one Todoist project CSV into a planned project. A file it cannot read (malformed CSV, a missing
 * TYPE or CONTENT column, an unknown TYPE) is refused with an `ImportRefusal` naming the line; anything
 * it has to change or leave out on the way is a problem (the line and what happened), never silent.
 */
export function readTodoistCsv(
  text: string,
  options: TodoistReadOptions,
): { project: PlannedProject; problems: ImportProblem[]; rowCount: number } {
  const [header, ...rows] = parseCsv(text, options.maxRows);
  if (!header) throw new ImportRefusal("the file is empty; expected a header row with TYPE and CONTENT", 1);
  const at = columnIndexes(header);
  const problems: ImportProblem[] = [];
  const report = (line: number, message: string) =>
    problems.push({ line, message: `${options.problemPrefix ?? ""}line ${line}: ${message}` });
  const project: PlannedProject = {
    name: projectNameFromFile(options.fileName),
    file: options.fileName,
    sections: [],
    tasks: [],
  };
  let section: number | null = null;
  let lastTopLevel: number | null = null;
  let lastTask: PlannedTask | null = null;

  for (const row of rows) {
    const cell = (column: Column) => {
      const index = at.get(column);
      return index === undefined ? "" : (row.fields[index] ?? "").trim();
    };
    const type = cell("TYPE").toLowerCase();
    const content = cell("CONTENT");
    if (type === "" && row.fields.every((field) => field.trim() === "")) continue;
    if (type === "section") {
      if (!content) {
        report(row.line, "a section with no name was left out");
        continue;
      }
      if (content.length > SECTION_NAME_MAX) report(row.line, `section name cut to ${SECTION_NAME_MAX} characters`);
      project.sections.push({ line: row.line, name: content.slice(0, SECTION_NAME_MAX) });
      section = project.sections.length - 1;
      lastTopLevel = null;
      lastTask = null;
    } else if (type === "note") {
      if (!lastTask) {
        report(row.line, "a note with no task before it was left out");
      } else if (content) {
        if (content.length > COMMENT_BODY_MAX) report(row.line, `note cut to ${COMMENT_BODY_MAX} characters`);
        lastTask.comments.push({ line: row.line, body: content.slice(0, COMMENT_BODY_MAX) });
      }
    } else if (type === "task") {
      const read = readTask(row, cell, options, (message) => report(row.line, message));
      if (!read) continue;
      const { task, indent } = read;
      if (indent > 1 && lastTopLevel === null) {
        report(row.line, `indent ${indent} with no task above it: imported as a top-level task`);
      } else if (indent > 1 && lastTopLevel !== null) {
        const parent = project.tasks[lastTopLevel];
        task.parent = lastTopLevel;
        if (indent > 2 && parent)
          report(row.line, `indent ${indent} attached to “${parent.title}” (one level of subtasks)`);
      }
      task.section = section;
      project.tasks.push(task);
      if (task.parent === null) lastTopLevel = project.tasks.length - 1;
      lastTask = task;
    } else {
      throw new ImportRefusal(`unknown TYPE “${cell("TYPE")}”; expected task, section or note`, row.line);
    }
  }
  return { project, problems, rowCount: rows.length };
}

function columnIndexes(header: CsvRecord): Map<Column, number> {
  const at = new Map<Column, number>();
  header.fields.forEach((name, index) => {
    const column = COLUMNS.find((known) => known === name.trim().toUpperCase());
    if (column && !at.has(column)) at.set(column, index);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !at.has(column));
  if (missing.length > 0) {
    throw new ImportRefusal(
      `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (a Todoist CSV starts with TYPE,CONTENT,…)`,
      header.line,
    );
  }
  return at;
}

function readTask(
  row: CsvRecord,
  cell: (column: Column) => string,
  options: TodoistReadOptions,
  report: (message: string) => void,
): { task: PlannedTask; indent: number } | null {
  const content = cell("CONTENT");
  const found = findLabels(content, []);
  let title = textWithout(content, found);
  if (!title) {
    if (!content) {
      report("a task with no CONTENT was left out");
      return null;
    }
    title = content;
  }
  if (title.length > TASK_TITLE_MAX) report(`title cut to ${TASK_TITLE_MAX} characters`);
  const kept: string[] = [];
  const labels: string[] = [];
  for (const { value } of found) {
    if (labels.some((known) => known.toLowerCase() === value.toLowerCase())) continue;
    if (value.length > LABEL_NAME_MAX || labels.length >= LABELS_PER_TASK_MAX) {
      report(
        `label @${value} left out (labels have at most ${LABEL_NAME_MAX} characters, ${LABELS_PER_TASK_MAX} per task)`,
      );
      kept.push(`@${value}`);
    } else {
      labels.push(value);
    }
  }

  const notes = [cell("DESCRIPTION")];
  const task: PlannedTask = {
    line: row.line,
    title: title.slice(0, TASK_TITLE_MAX),
    description: "",
    priority: readPriority(cell("PRIORITY"), report),
    dueDate: null,
    dueTime: null,
    recurrence: null,
    deadline: null,
    labels,
    responsible: readPerson(cell("RESPONSIBLE")),
    parent: null,
    section: null,
    comments: [],
  };
  const keep = (what: string, value: string, why: string) => {
    notes.push(`${what}: ${value}`);
    report(`${why}; kept in the description as “${what}: ${value}”`);
  };

  const date = cell("DATE");
  const language = cell("DATE_LANG").toLowerCase();
  if (date && language && language !== "en") {
    keep("Date", date, `date language “${language}” is not read (only en)`);
  } else if (date) {
    const due = readDue(date, options);
    if (due) Object.assign(task, due);
    else keep("Date", date, `date “${date}” not understood`);
  }
  const deadline = cell("DEADLINE");
  if (deadline) {
    const read = readDeadline(deadline, options);
    if (read) task.deadline = read;
    else keep("Deadline", deadline, `deadline “${deadline}” not understood`);
  }
  const duration = cell("DURATION");
  if (duration) {
    const unit = cell("DURATION_UNIT") || "minute";
    keep("Duration", `${duration} ${unit}${duration === "1" ? "" : "s"}`, "tasks have no duration");
  }
  if (kept.length > 0) notes.push(`Labels: ${kept.join(" ")}`);
  const description = notes.filter(Boolean).join("\n\n");
  if (description.length > TASK_DESCRIPTION_MAX) report(`description cut to ${TASK_DESCRIPTION_MAX} characters`);
  task.description = description.slice(0, TASK_DESCRIPTION_MAX);

  const indentText = cell("INDENT");
  const indent = indentText === "" ? 1 : Number(indentText);
  if (!Number.isInteger(indent) || indent < 1) {
    report(`indent “${indentText}” is not a whole number from 1: imported as a top-level task`);
    return { task, indent: 1 };
  }
  return { task, indent };
}

/** Todoist's PRIORITY as the issue pins it: 1 is p1 (most urgent) … 4 is p4 (none). */
function readPriority(text: string, report: (message: string) => void): 1 | 2 | 3 | 4 {
  if (text === "") return 4;
  const value = Number(text);
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  report(`priority “${text}” is not 1–4: imported as p4`);
  return 4;
}

/** "Ada Lovelace (1234567)" is Todoist's "name (user id)"; the name is what a member is matched by. */
function readPerson(text: string): string | null {
  const name = text.replace(/\s*\(\d+\)\s*$/, "").trim();
  return name || null;
}

type Due = Pick<PlannedTask, "dueDate" | "dueTime" | "recurrence">;

/** The date in words, read by quick add; only a reading that uses every word counts. */
function readDue(text: string, options: TodoistReadOptions): Due | null {
  if (isValidDateString(text)) return { dueDate: text, dueTime: null, recurrence: null };
  const read = parseQuickAdd(text, { now: options.now, timeZone: options.timeZone });
  const onlyDates = read.tokens.every((token) => token.kind === "date" || token.kind === "recurrence");
  if (read.title !== "" || !onlyDates || !read.dueDate) return null;
  return { dueDate: read.dueDate, dueTime: read.dueTime ?? null, recurrence: read.recurrence ?? null };
}

function readDeadline(text: string, options: TodoistReadOptions): string | null {
  const due = readDue(text, options);
  return due && !due.recurrence && !due.dueTime ? due.dueDate : null;
}
