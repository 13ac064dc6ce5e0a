import type { ImportProblem } from "./refusal";

/** A task read from a file, before it is written: its parent and section by index into its project's lists. */
export type PlannedTask = {
  /** The file's line it came from (for problems and the preview). */
  line: number;
  title: string;
  description: string;
  priority: 1 | 2 | 3 | 4;
  dueDate: string | null;
  dueTime: string | null;
  recurrence: { rrule: string; from: "due" | "completion" } | null;
  deadline: string | null;
  /** Label names as written (reused case-insensitively when written). */
  labels: string[];
  /** Who is to do it, by display name (matched against the project's members when written). */
  responsible: string | null;
  /** Index into `PlannedProject.tasks` (always an earlier, top-level task), or null. */
  parent: number | null;
  /** Index into `PlannedProject.sections`, or null. */
  section: number | null;
  comments: { line: number; body: string }[];
};

/** One project's worth of a file: a Todoist CSV (or one CSV of a backup). */
export type PlannedProject = {
  /** The file name without its extension: the new project's name. */
  name: string;
  /** The file it came from (a backup's problems name it). */
  file: string;
  sections: { line: number; name: string }[];
  tasks: PlannedTask[];
};

/** What an import will write: one project per file, and what it had to change or leave out. */
export type ImportPlan = { projects: PlannedProject[]; problems: ImportProblem[] };
