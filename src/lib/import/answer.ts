import type { ImportProblem } from "./refusal";

// What `POST /api/import` and `import.run` answer: one type for the server that builds it and the page that
// shows it.

export type ImportCounts = { projects: number; sections: number; tasks: number; comments: number; labels: number };

/** A row of the preview: what one task of the file becomes. */
export type PreviewRow = {
  /** The file's line (0 for a Tasklane export, which has no lines to speak of). */
  line: number;
  project: string;
  section: string | null;
  /** The parent's title, for a subtask. */
  parent: string | null;
  title: string;
  priority: number;
  due: string | null;
  repeats: boolean;
  labels: string[];
};

export type ImportAnswer = {
  /** `labels`: the labels the import creates (existing ones are reused). */
  counts: ImportCounts;
  problems: ImportProblem[];
  /** The first rows of the file as they will be (or were) imported. */
  rows: PreviewRow[];
  /** The projects written to (after an import; empty in a preview). */
  projects: { id: string; name: string }[];
};
