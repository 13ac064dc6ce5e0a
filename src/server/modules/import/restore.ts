import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { isValidDateString } from "@/lib/dates";
import type { ImportCounts } from "@/lib/import/answer";
import type { ImportProblem } from "@/lib/import/refusal";
import { formatRecurrenceRule, parseRecurrenceRule } from "@/lib/recurrence";
import { COMMENT_BODY_MAX } from "@/lib/schemas/comment";
import { LABEL_NAME_MAX } from "@/lib/schemas/label";
import { PROJECT_NAME_MAX } from "@/lib/schemas/project";
import { SECTION_NAME_MAX } from "@/lib/schemas/section";
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "@/lib/schemas/task-limits";
import { isMember } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { comment, label, project, section, task, taskLabel } from "@/server/db/schema";
import { keysAtEnd, lockOrder } from "@/server/manual-order";
import { sectionOrder, sectionsOf } from "@/server/modules/sections/order";
import { taskList, taskOrder } from "@/server/modules/tasks/positions";
import { assertWithinQuota } from "@/server/quotas";
import { inBatches } from "./batches";
import { derivedId } from "./derived-id";
import type { TasklaneExport } from "./tasklane-export-schema";
import { createProjects, labelIdsByName } from "./write-plan";

type ExportedTask = TasklaneExport["tasks"][number];

/** The ids of `table` among `ids` that already exist (a restore run before). */
async function existingIds(
  db: Database,
  table: typeof project | typeof section | typeof task | typeof comment,
  ids: string[],
) {
  const found = new Set<string>();
  await inBatches(ids, async (batch) => {
    const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, batch));
    for (const row of rows) found.add(row.id);
  });
  return found;
}

/** What a restore of `data` adds for the user: only rows not restored before (their ids are derived). */
export async function planRestore(db: Database, userId: string, data: TasklaneExport) {
  const problems: ImportProblem[] = [];
  const report = (message: string) => problems.push({ line: 0, message });
  const id = (sourceId: string) => derivedId(userId, sourceId);

  const projectsDone = await existingIds(
    db,
    project,
    data.projects.map((row) => id(row.id)),
  );
  const newProjects = data.projects.filter((row) => !projectsDone.has(id(row.id)));
  // A project restored before that the user has since left (or may no longer edit) takes no new tasks.
  const editable = new Set(newProjects.map((row) => id(row.id)));
  const earlier = [...projectsDone];
  if (earlier.length > 0) {
    const rows = await db
      .select({ id: project.id })
      .from(project)
      .where(and(inArray(project.id, earlier), isMember(userId, project.id, "editTasks")));
    for (const row of rows) editable.add(row.id);
  }

  const sectionsDone = await existingIds(
    db,
    section,
    data.sections.map((row) => id(row.id)),
  );
  const sections = data.sections.filter((row) => !sectionsDone.has(id(row.id)) && editable.has(id(row.projectId)));
  // The sections a restored task may be in (restored now or before), by their id in the file.
  const restorableSections = new Set(
    data.sections.filter((row) => sectionsDone.has(id(row.id)) || sections.includes(row)).map((row) => row.id),
  );

  const inFile = new Map(data.tasks.map((row) => [row.id, row]));
  const tasksDone = await existingIds(
    db,
    task,
    data.tasks.map((row) => id(row.id)),
  );
  const tasks: ExportedTask[] = [];
  for (const row of data.tasks) {
    if (tasksDone.has(id(row.id))) continue;
    if (row.projectId && !editable.has(id(row.projectId))) {
      report(`task “${row.title}”: its project is not in the file, or you can no longer edit it; left out`);
      continue;
    }
    tasks.push(row);
  }
  const restoredTasks = new Set([...tasksDone, ...tasks.map((row) => id(row.id))]);
  // A task whose parent is left out keeps no parent (rather than pointing at nothing).
  for (const [sourceId, row] of inFile) if (!restoredTasks.has(id(row.id))) inFile.delete(sourceId);
  const commentsDone = await existingIds(
    db,
    comment,
    data.comments.map((row) => id(row.id)),
  );
  const comments = data.comments.filter((row) => {
    if (commentsDone.has(id(row.id))) return false;
    if (restoredTasks.has(id(row.taskId))) return true;
    report(`a comment on a task that is not in the file (someone else's, in a shared project) was left out`);
    return false;
  });
  const existingLabels = await db.select({ name: label.name }).from(label).where(eq(label.userId, userId));
  const known = new Set(existingLabels.map((row) => row.name.toLowerCase()));
  const newLabels = new Set(
    data.labels.map((row) => row.name.slice(0, LABEL_NAME_MAX).toLowerCase()).filter((name) => !known.has(name)),
  );
  const counts: ImportCounts = {
    projects: newProjects.length,
    sections: sections.length,
    tasks: tasks.length,
    comments: comments.length,
    labels: newLabels.size,
  };
  return { newProjects, sections, restorableSections, tasks, comments, inFile, counts, problems };
}

/**
 * Restores an account export into the user's account, in the caller's transaction: projects (owned by the
 * user, after their sidebar), labels (reused by name), tasks (ids remapped, order kept with fresh keys after
 * each list's last, completion, trash and repeat kept), task labels and comments. Rows restored before are
 * skipped, so running it twice adds nothing the second time.
 */
export async function restoreExport(tx: Database, userId: string, data: TasklaneExport) {
  const planned = await planRestore(tx, userId, data);
  const { newProjects, sections, restorableSections, tasks, comments, inFile, problems } = planned;
  const id = (sourceId: string) => derivedId(userId, sourceId);

  await createProjects(
    tx,
    userId,
    newProjects.map((row) => ({
      id: id(row.id),
      name: row.name.slice(0, PROJECT_NAME_MAX) || "Restored",
      color: row.color,
      archivedAt: row.archivedAt ? new Date(row.archivedAt) : null,
      createdAt: new Date(row.createdAt),
    })),
  );
  await restoreSections(tx, sections, id);
  const labelIds = await labelIdsByName(
    tx,
    userId,
    data.labels.map((row) => ({ name: row.name.slice(0, LABEL_NAME_MAX), color: row.color })),
  );
  const labelNameOf = new Map(data.labels.map((row) => [row.id, row.name.slice(0, LABEL_NAME_MAX).toLowerCase()]));

  await assertWithinQuota(tx, userId, "tasks", tasks.length);
  // Parents first (one level of subtasks), each list in its old order.
  const ordered = [...tasks].sort(
    (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || compareKeys(a.position, b.position),
  );
  const byList = new Map<string | null, ExportedTask[]>();
  for (const row of [...tasks].sort((a, b) => compareKeys(a.position, b.position))) {
    const list = row.projectId ? id(row.projectId) : null;
    byList.set(list, [...(byList.get(list) ?? []), row]);
  }
  const keyOf = new Map<string, string>();
  for (const [list, rows] of byList) {
    const scope = taskList(list, userId);
    await lockOrder(tx, scope);
    const keys = await keysAtEnd(tx, taskOrder, scope, rows.length);
    for (const [index, row] of rows.entries()) keyOf.set(row.id, keys[index] ?? "");
  }
  const values = ordered.map((row) =>
    taskValues(row, userId, keyOf.get(row.id) ?? "", inFile, restorableSections, id, (message) =>
      problems.push({ line: 0, message: `task “${row.title}”: ${message}` }),
    ),
  );
  await inBatches(values, (batch) => tx.insert(task).values(batch).onConflictDoNothing({ target: task.id }));
  const links = tasks.flatMap((row) =>
    row.labelIds.flatMap((labelId) => {
      const name = labelNameOf.get(labelId);
      const target = name === undefined ? undefined : labelIds.get(name);
      return target ? [{ taskId: id(row.id), labelId: target, userId }] : [];
    }),
  );
  await inBatches(links, (batch) => tx.insert(taskLabel).values(batch).onConflictDoNothing());
  const commentRows = comments.flatMap((row) => {
    const body = row.body.trim().slice(0, COMMENT_BODY_MAX);
    if (!body) return [];
    return [{ id: id(row.id), taskId: id(row.taskId), authorId: userId, body, createdAt: new Date(row.createdAt) }];
  });
  await inBatches(commentRows, (batch) => tx.insert(comment).values(batch).onConflictDoNothing({ target: comment.id }));
  return planned;
}

/** New sections, each project's in their old order after the sections it already has (fresh keys). */
async function restoreSections(tx: Database, sections: TasklaneExport["sections"], id: (sourceId: string) => string) {
  const byProject = new Map<string, TasklaneExport["sections"]>();
  for (const row of [...sections].sort((a, b) => compareKeys(a.position, b.position))) {
    byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
  }
  for (const [sourceProject, rows] of byProject) {
    const projectId = id(sourceProject);
    const scope = sectionsOf(projectId);
    await lockOrder(tx, scope);
    const keys = await keysAtEnd(tx, sectionOrder, scope, rows.length);
    const values = rows.map((row, index) => ({
      id: id(row.id),
      projectId,
      name: row.name.trim().slice(0, SECTION_NAME_MAX) || "Section",
      position: keys[index] ?? "",
    }));
    await inBatches(values, (batch) => tx.insert(section).values(batch).onConflictDoNothing({ target: section.id }));
  }
}

/** Fractional-index keys compare byte by byte (the column's collation), not by locale. */
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function taskValues(
  row: ExportedTask,
  userId: string,
  position: string,
  inFile: Map<string, ExportedTask>,
  restorableSections: Set<string>,
  id: (sourceId: string) => string,
  report: (message: string) => void,
): typeof task.$inferInsert {
  const parent = row.parentId ? inFile.get(row.parentId) : undefined;
  if (row.parentId && !parent) report("its parent is not in the file: restored as a top-level task");
  const dueDate = row.dueDate && isValidDateString(row.dueDate) ? row.dueDate : null;
  if (row.dueDate && !dueDate) report(`due date “${row.dueDate}” is not a date: left out`);
  const dueTime = dueDate && row.dueTime && /^\d{2}:\d{2}(:\d{2})?$/.test(row.dueTime) ? row.dueTime : null;
  const deadline = row.deadline && isValidDateString(row.deadline) ? row.deadline : null;
  const rule = row.recurrence && dueDate ? parseRecurrenceRule(row.recurrence.rrule) : null;
  if (row.recurrence && !rule?.ok) report("its repeat could not be read: left out");
  const title = row.title.trim().slice(0, TASK_TITLE_MAX) || "Untitled";
  const projectId = parent ? parent.projectId : row.projectId;
  // A section of the task's own project only (the foreign key's rule).
  const sectionSource = row.sectionId && restorableSections.has(row.sectionId) && projectId === row.projectId;
  return {
    id: id(row.id),
    userId,
    projectId: projectId ? id(projectId) : null,
    sectionId: sectionSource && row.sectionId ? id(row.sectionId) : null,
    parentId: parent ? id(parent.id) : null,
    title,
    description: row.description.slice(0, TASK_DESCRIPTION_MAX),
    priority: row.priority,
    dueDate,
    dueTime,
    deadline,
    recurrenceRule: rule?.ok ? formatRecurrenceRule(rule.rule) : null,
    recurrenceFrom: rule?.ok ? (row.recurrence?.from ?? null) : null,
    occurrencesCompleted: rule?.ok ? (row.recurrence?.occurrencesCompleted ?? 0) : 0,
    recurrenceExceptions: rule?.ok ? (row.recurrence?.exceptions ?? []).filter(isValidDateString) : [],
    completedAt: row.completedAt ? new Date(row.completedAt) : null,
    deletedAt: row.deletedAt ? new Date(row.deletedAt) : null,
    position,
    createdAt: new Date(row.createdAt),
  };
}
