import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ImportCounts } from "@/lib/import/answer";
import type { ImportPlan, PlannedProject } from "@/lib/import/plan";
import type { Database } from "@/server/db";
import {
  comment,
  type LabelRow,
  label,
  type ProjectRow,
  project,
  projectMember,
  section,
  task,
  taskLabel,
} from "@/server/db/schema";
import { keysAtEnd, lockOrder } from "@/server/manual-order";
import { sidebarOf, sidebarOrder } from "@/server/modules/projects/sidebar-order";
import { sectionOrder, sectionsOf } from "@/server/modules/sections/order";
import { tellAssignees } from "@/server/modules/tasks/notices";
import { taskList, taskOrder } from "@/server/modules/tasks/positions";
import { assertWithinQuota } from "@/server/quotas";
import { inBatches } from "./batches";
import type { ImportTarget } from "./target";

/**
 * What a plan holds (the preview's counts, and what the import writes). Into an existing project, a section
 * of a name it already has (ignoring case) is reused, not counted. Labels are counted by the caller (the new
 * ones among the names used).
 */
export function countPlan(plan: ImportPlan, target: ImportTarget): ImportCounts {
  const existing = new Set(target.sections.map((each) => each.name.toLowerCase()));
  return {
    projects: target.existing ? 0 : plan.projects.length,
    sections: plan.projects.reduce(
      (sum, p) => sum + p.sections.filter((each) => !existing.has(each.name.toLowerCase())).length,
      0,
    ),
    tasks: plan.projects.reduce((sum, p) => sum + p.tasks.length, 0),
    comments: plan.projects.reduce((sum, p) => sum + p.tasks.reduce((n, t) => n + t.comments.length, 0), 0),
    labels: new Set(plan.projects.flatMap((p) => p.tasks.flatMap((t) => t.labels.map((l) => l.toLowerCase())))).size,
  };
}

/** How many of these label names the user does not have yet (an import creates them; the others are reused). */
export async function newLabelCount(db: Database, userId: string, names: readonly string[]): Promise<number> {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  if (wanted.size === 0) return 0;
  const rows = await db.select({ name: label.name }).from(label).where(eq(label.userId, userId));
  for (const row of rows) wanted.delete(row.name.toLowerCase());
  return wanted.size;
}

/**
 * Labels by lower-cased name, the user's existing ones reused ("Work" is "work"), the others created.
 * Call it inside the import's transaction.
 */
export async function labelIdsByName(
  tx: Database,
  userId: string,
  labels: readonly { name: string; color?: LabelRow["color"] }[],
) {
  const wanted = new Map<string, { name: string; color?: LabelRow["color"] }>();
  for (const each of labels) if (!wanted.has(each.name.toLowerCase())) wanted.set(each.name.toLowerCase(), each);
  const ids = new Map<string, string>();
  const lowered = [...wanted.keys()];
  const lookUp = async (batch: string[]) => {
    const rows = await tx
      .select({ id: label.id, name: label.name })
      .from(label)
      .where(and(eq(label.userId, userId), inArray(sql`lower(${label.name})`, batch)));
    for (const row of rows) ids.set(row.name.toLowerCase(), row.id);
  };
  await inBatches(lowered, lookUp);
  const missing = lowered.filter((name) => !ids.has(name));
  await assertWithinQuota(tx, userId, "labels", missing.length);
  await inBatches(missing, async (batch) => {
    const created = await tx
      .insert(label)
      .values(batch.map((name) => ({ userId, name, ...wanted.get(name) })))
      .onConflictDoNothing()
      .returning({ id: label.id, name: label.name });
    for (const row of created) ids.set(row.name.toLowerCase(), row.id);
  });
  // Made by another request meanwhile: read, not created.
  await inBatches(
    lowered.filter((name) => !ids.has(name)),
    lookUp,
  );
  return ids;
}

/** Creates projects named as given, owned by the user, after the projects already in their sidebar. */
export async function createProjects(
  tx: Database,
  userId: string,
  rows: { id: string; name: string; color?: ProjectRow["color"]; archivedAt?: Date | null; createdAt?: Date }[],
) {
  if (rows.length === 0) return [];
  await assertWithinQuota(tx, userId, "projects", rows.length);
  await lockOrder(tx, sidebarOf(userId));
  const keys = await keysAtEnd(tx, sidebarOrder, sidebarOf(userId), rows.length);
  const created = await tx
    .insert(project)
    .values(rows.map((row) => ({ ...row, userId })))
    .onConflictDoNothing({ target: project.id })
    .returning({ id: project.id, name: project.name });
  const order = new Map(rows.map((row, index) => [row.id, index]));
  await inBatches(created, (batch) =>
    tx.insert(projectMember).values(
      batch.map((row, index) => ({
        projectId: row.id,
        userId,
        role: "owner" as const,
        position: keys[order.get(row.id) ?? index] ?? "",
      })),
    ),
  );
  return created;
}

/**
 * Writes a Todoist plan into the target (one existing project, or one new project per planned one) inside
 * the caller's transaction: sections, labels, tasks (subtasks after their parents, keys in file order after
 * the list's last), task labels and comments, each as multi-row inserts.
 */
export async function writePlan(
  tx: Database,
  userId: string,
  plan: ImportPlan,
  target: ImportTarget,
  assignees: Map<string, string>,
): Promise<{ counts: ImportCounts; projects: { id: string; name: string }[] }> {
  const counts = countPlan(plan, target);
  await assertWithinQuota(tx, userId, "tasks", counts.tasks);
  const projects = target.existing
    ? [target.existing]
    : await createProjects(
        tx,
        userId,
        plan.projects.map((planned) => ({ id: randomUUID(), name: planned.name })),
      );
  const labelIds = await labelIdsByName(
    tx,
    userId,
    plan.projects.flatMap((p) => p.tasks.flatMap((t) => t.labels.map((name) => ({ name })))),
  );
  for (const [index, planned] of plan.projects.entries()) {
    const destination = projects[target.existing ? 0 : index];
    if (destination) await writeProject(tx, userId, planned, destination.id, target.sections, labelIds, assignees);
  }
  return { counts, projects };
}

async function writeProject(
  tx: Database,
  userId: string,
  planned: PlannedProject,
  projectId: string,
  existingSections: ImportTarget["sections"],
  labelIds: Map<string, string>,
  assignees: Map<string, string>,
) {
  const byName = new Map(existingSections.map((each) => [each.name.toLowerCase(), each.id]));
  const sectionIds = planned.sections.map((each) => byName.get(each.name.toLowerCase()) ?? randomUUID());
  const newSections = planned.sections.flatMap((each, index) =>
    byName.has(each.name.toLowerCase()) ? [] : [{ name: each.name, id: sectionIds[index] ?? randomUUID() }],
  );
  if (newSections.length > 0) {
    const scope = sectionsOf(projectId);
    await lockOrder(tx, scope);
    const keys = await keysAtEnd(tx, sectionOrder, scope, newSections.length);
    const rows = newSections.map((each, index) => ({
      id: each.id,
      projectId,
      name: each.name,
      position: keys[index] ?? "",
    }));
    await inBatches(rows, (batch) => tx.insert(section).values(batch));
  }

  const list = taskList(projectId, userId);
  await lockOrder(tx, list);
  const keys = await keysAtEnd(tx, taskOrder, list, planned.tasks.length);
  const taskIds = planned.tasks.map(() => randomUUID());
  const rows = planned.tasks.map((each, index) => {
    const parentSection = each.parent === null ? each.section : (planned.tasks[each.parent]?.section ?? null);
    return {
      id: taskIds[index] ?? randomUUID(),
      userId,
      projectId,
      sectionId: parentSection === null ? null : (sectionIds[parentSection] ?? null),
      parentId: each.parent === null ? null : (taskIds[each.parent] ?? null),
      title: each.title,
      description: each.description,
      priority: each.priority,
      dueDate: each.dueDate,
      dueTime: each.dueTime,
      deadline: each.deadline,
      recurrenceRule: each.recurrence?.rrule ?? null,
      recurrenceFrom: each.recurrence?.from ?? null,
      position: keys[index] ?? "",
      assigneeId: each.responsible ? (assignees.get(each.responsible.toLowerCase()) ?? null) : null,
    };
  });
  await inBatches(rows, (batch) => tx.insert(task).values(batch));
  const links = planned.tasks.flatMap((each, index) =>
    each.labels.flatMap((name) => {
      const labelId = labelIds.get(name.toLowerCase());
      const taskId = taskIds[index];
      return labelId && taskId ? [{ taskId, labelId, userId }] : [];
    }),
  );
  await inBatches(links, (batch) => tx.insert(taskLabel).values(batch).onConflictDoNothing());
  const comments = planned.tasks.flatMap((each, index) =>
    each.comments.map((note) => ({ taskId: taskIds[index] ?? "", authorId: userId, body: note.body })),
  );
  await inBatches(comments, (batch) => tx.insert(comment).values(batch));
  const assigned = rows.filter((row) => row.assigneeId !== null && row.assigneeId !== userId);
  if (assigned.length > 0) await tellAssignees(tx, userId, assigned);
}
