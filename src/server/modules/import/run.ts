import "server-only";
import type { ImportAnswer, PreviewRow } from "@/lib/import/answer";
import type { ImportFormat, ImportMode } from "@/lib/import/formats";
import type { ImportPlan } from "@/lib/import/plan";
import { type ImportProblem, ImportRefusal } from "@/lib/import/refusal";
import { readTodoistBackup } from "@/lib/import/todoist-backup";
import { readTodoistCsv } from "@/lib/import/todoist-csv";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/limits";
import type { Database } from "@/server/db";
import { invalid } from "@/server/domain-errors";
import { log } from "@/server/log";
import { derivedId } from "./derived-id";
import { planRestore, restoreExport } from "./restore";
import { matchResponsible, resolveTarget } from "./target";
import { type TasklaneExport, tasklaneExport } from "./tasklane-export-schema";
import { countPlan, newLabelCount, writePlan } from "./write-plan";

export type ImportRequest = {
  format: ImportFormat;
  mode: ImportMode;
  fileName: string;
  bytes: Uint8Array;
  /** An existing project to import a Todoist CSV into (else a new project named after the file). */
  projectId: string | null;
};

export const PREVIEW_ROWS = 20;

/**
 * Reads a file and previews it (counts, the first rows, every problem; nothing written) or imports it as ONE
 * transaction: all of it or, on any failure, nothing. A file that cannot be read is refused as `invalid`
 * with a message naming the line. The route and the `import.*` procedures both call this.
 */
export async function runImport(
  db: Database,
  user: { id: string; timeZone: string },
  request: ImportRequest,
  now = new Date(),
): Promise<ImportAnswer> {
  const started = performance.now();
  try {
    if (request.bytes.byteLength > IMPORT_MAX_BYTES) {
      throw new ImportRefusal(`the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
    }
    if (request.projectId && request.format !== "todoist-csv") {
      throw new ImportRefusal("only a Todoist project CSV can go into an existing project");
    }
    const answer =
      request.format === "tasklane-json"
        ? await restore(db, user.id, readExport(request.bytes), request.mode)
        : await importTodoist(db, user, request, now);
    log.info("import", {
      userId: user.id,
      format: request.format,
      mode: request.mode,
      bytes: request.bytes.byteLength,
      ...answer.counts,
      problems: answer.problems.length,
      durationMs: Math.round(performance.now() - started),
    });
    return answer;
  } catch (error) {
    if (error instanceof ImportRefusal) throw invalid(`Could not import ${request.fileName}: ${error.message}.`);
    throw error;
  }
}

function text(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefusal("the file is not UTF-8 text");
  }
}

async function importTodoist(
  db: Database,
  user: { id: string; timeZone: string },
  request: ImportRequest,
  now: Date,
): Promise<ImportAnswer> {
  const options = { now, timeZone: user.timeZone };
  const plan: ImportPlan =
    request.format === "todoist-backup"
      ? readTodoistBackup(request.bytes, options)
      : (() => {
          const { project, problems } = readTodoistCsv(text(request.bytes), { ...options, fileName: request.fileName });
          return { projects: [project], problems };
        })();
  const labelNames = plan.projects.flatMap((p) => p.tasks.flatMap((t) => t.labels));
  const rows = previewRows(plan);
  if (request.mode === "preview") {
    const target = await resolveTarget(db, user.id, request.projectId);
    const { problems } = matchResponsible(plan, target.members);
    const counts = { ...countPlan(plan, target), labels: await newLabelCount(db, user.id, labelNames) };
    return { counts, problems: inLineOrder(plan, problems), rows, projects: [] };
  }
  return db.transaction(async (tx) => {
    const target = await resolveTarget(tx, user.id, request.projectId);
    const { assignees, problems } = matchResponsible(plan, target.members);
    const labels = await newLabelCount(tx, user.id, labelNames);
    const written = await writePlan(tx, user.id, plan, target, assignees);
    return {
      counts: { ...written.counts, labels },
      problems: inLineOrder(plan, problems),
      rows,
      projects: written.projects,
    };
  });
}

/**
 * The reader's problems and the assignment's together, by line for one file; a backup's stay file by file
 * (each file's problems are already in line order).
 */
function inLineOrder(plan: ImportPlan, more: ImportProblem[]): ImportProblem[] {
  const all = [...plan.problems, ...more];
  if (plan.projects.length > 1) return all;
  return all
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.line - b.problem.line || a.index - b.index)
    .map(({ problem }) => problem);
}

function previewRows(plan: ImportPlan): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (const project of plan.projects) {
    for (const task of project.tasks) {
      if (rows.length >= PREVIEW_ROWS) return rows;
      rows.push({
        line: task.line,
        project: project.name,
        section: task.section === null ? null : (project.sections[task.section]?.name ?? null),
        parent: task.parent === null ? null : (project.tasks[task.parent]?.title ?? null),
        title: task.title,
        priority: task.priority,
        due: task.dueDate ? `${task.dueDate}${task.dueTime ? ` ${task.dueTime.slice(0, 5)}` : ""}` : null,
        repeats: task.recurrence !== null,
        labels: task.labels,
      });
    }
  }
  return rows;
}

/** The export's JSON, checked; a syntax error names its line, a wrong shape names the path. */
function readExport(bytes: Uint8Array): TasklaneExport {
  const source = text(bytes);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1] ?? Number.NaN);
    const line = Number.isNaN(position) ? null : source.slice(0, position).split("\n").length;
    throw new ImportRefusal("the file cannot be read as JSON", line);
  }
  const parsed = tasklaneExport.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path =
      issue?.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("") ?? "";
    throw new ImportRefusal(
      `not a Tasklane export (account.export's JSON): ${path.replace(/^\./, "") || "the file"}: ${issue?.message ?? "unexpected shape"}`,
    );
  }
  const data = parsed.data;
  const rows = data.projects.length + data.labels.length + data.tasks.length + data.comments.length;
  if (rows > IMPORT_MAX_ROWS)
    throw new ImportRefusal(
      `the export has ${rows.toLocaleString("en")} rows, more than ${IMPORT_MAX_ROWS.toLocaleString("en")}`,
    );
  return data;
}

async function restore(db: Database, userId: string, data: TasklaneExport, mode: ImportMode): Promise<ImportAnswer> {
  const rows: PreviewRow[] = data.tasks.slice(0, PREVIEW_ROWS).map((task) => ({
    line: 0,
    project: data.projects.find((project) => project.id === task.projectId)?.name ?? "Inbox",
    section: null,
    parent: task.parentId ? (data.tasks.find((other) => other.id === task.parentId)?.title ?? null) : null,
    title: task.title,
    priority: task.priority,
    due: task.dueDate ? `${task.dueDate}${task.dueTime ? ` ${task.dueTime.slice(0, 5)}` : ""}` : null,
    repeats: task.recurrence !== null,
    labels: task.labelIds.flatMap((id) => data.labels.find((label) => label.id === id)?.name ?? []),
  }));
  if (mode === "preview") {
    const planned = await planRestore(db, userId, data);
    return { counts: planned.counts, problems: planned.problems, rows, projects: [] };
  }
  return db.transaction(async (tx) => {
    const planned = await restoreExport(tx, userId, data);
    return {
      counts: planned.counts,
      problems: planned.problems,
      rows,
      projects: planned.newProjects.map((project) => ({ id: derivedId(userId, project.id), name: project.name })),
    };
  });
}
