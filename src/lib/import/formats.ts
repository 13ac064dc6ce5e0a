import { IMPORT_MAX_BYTES, IMPORT_MAX_FILES, IMPORT_MAX_ROWS } from "@/lib/limits";

/** What `/import` reads, as the form, the route and `import.formats` name them. */
export const importFormats = ["todoist-csv", "todoist-backup", "tasklane-json"] as const;
export type ImportFormat = (typeof importFormats)[number];
export const importModes = ["preview", "import"] as const;
export type ImportMode = (typeof importModes)[number];

export const importFormatInfo: Record<ImportFormat, { name: string; accept: string; intoProject: boolean }> = {
  "todoist-csv": { name: "Todoist project (CSV)", accept: ".csv,text/csv", intoProject: true },
  "todoist-backup": { name: "Todoist backup (zip of CSVs)", accept: ".zip,application/zip", intoProject: false },
  "tasklane-json": { name: "Tasklane export (JSON)", accept: ".json,application/json", intoProject: false },
};

export const importLimits = { maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS, maxFiles: IMPORT_MAX_FILES };
