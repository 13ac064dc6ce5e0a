import { IMPORT_MAX_ROWS } from "@/lib/limits";
import type { ImportPlan } from "./plan";
import { ImportRefusal } from "./refusal";
import { readTodoistCsv, type TodoistReadOptions } from "./todoist-csv";
import { readCsvZip } from "./zip";

/**
 * A Todoist full backup: a zip of project CSVs, one project per file (named after it). The 20,000-row limit
 * counts the rows of every file together; a refusal or a problem names the file and the line.
 */
export function readTodoistBackup(bytes: Uint8Array, options: Omit<TodoistReadOptions, "fileName">): ImportPlan {
  const files = readCsvZip(bytes);
  if (files.length === 0) throw new ImportRefusal("the zip holds no .csv file (a Todoist backup has one per project)");
  const plan: ImportPlan = { projects: [], problems: [] };
  let rows = 0;
  for (const file of files.sort((a, b) => a.name.localeCompare(b.name))) {
    const prefix = `${file.name}: `;
    try {
      const { project, problems, rowCount } = readTodoistCsv(file.text, {
        ...options,
        fileName: file.name,
        problemPrefix: prefix,
        maxRows: IMPORT_MAX_ROWS - rows,
      });
      rows += rowCount;
      plan.projects.push(project);
      plan.problems.push(...problems);
    } catch (error) {
      if (error instanceof ImportRefusal) throw new ImportRefusal(error.reason, error.line, prefix);
      throw error;
    }
  }
  return plan;
}
