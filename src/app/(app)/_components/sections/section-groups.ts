import type { RouterOutputs } from "@/trpc/react";
import type { Task } from "../tasks/task-pages";

export type Section = RouterOutputs["section"]["list"][number];

/** One group of a project's list: its tasks in no section (`section` null, first, as Todoist), or a section's. */
export interface SectionGroup {
  section: Section | null;
  tasks: Task[];
}

/**
 * Where a task goes: into `sectionId` (null: no section), right after `afterId` or before `beforeId` in the
 * list's order; naming neither keeps its place in that order (an empty section).
 */
export interface SectionPlacement {
  sectionId: string | null;
  afterId?: string;
  beforeId?: string;
}

/**
 * The loaded tasks under their sections, each group in the list's order: no section first, then each section
 * in order (empty ones too). A task whose section is not (or no longer) known shows with no section.
 */
export function groupBySection(tasks: readonly Task[], sections: readonly Section[]): SectionGroup[] {
  const known = new Set(sections.map((section) => section.id));
  const groups: SectionGroup[] = [
    { section: null, tasks: tasks.filter((task) => task.sectionId === null || !known.has(task.sectionId)) },
  ];
  for (const section of sections) {
    groups.push({ section, tasks: tasks.filter((task) => task.sectionId === section.id) });
  }
  return groups;
}

/** At the end of a group: after its last task, or, when it has none, wherever the task is. */
export function atEndOf(group: SectionGroup): SectionPlacement {
  const last = group.tasks.at(-1);
  return { sectionId: group.section?.id ?? null, ...(last ? { afterId: last.id } : {}) };
}

/** At the start of a group: before its first task, or, when it has none, wherever the task is. */
function atStartOf(group: SectionGroup): SectionPlacement {
  const first = group.tasks[0];
  return { sectionId: group.section?.id ?? null, ...(first ? { beforeId: first.id } : {}) };
}

/**
 * A task moved one place up (-1) or down (+1) by keyboard: within its group, past its neighbour; from the
 * top or bottom of a group, to the end of the group above or the start of the group below. Null at either
 * end of the list.
 */
export function placeBy(groups: readonly SectionGroup[], taskId: string, offset: -1 | 1): SectionPlacement | null {
  const groupIndex = groups.findIndex((group) => group.tasks.some((task) => task.id === taskId));
  const group = groups[groupIndex];
  if (!group) return null;
  const index = group.tasks.findIndex((task) => task.id === taskId);
  const neighbour = group.tasks[index + offset];
  const sectionId = group.section?.id ?? null;
  if (neighbour) return offset < 0 ? { sectionId, beforeId: neighbour.id } : { sectionId, afterId: neighbour.id };
  const next = groups[groupIndex + offset];
  if (!next) return null;
  return offset < 0 ? atEndOf(next) : atStartOf(next);
}

/** A task dropped on another task's row: just above it, in its section. */
export function placeBefore(target: Task): SectionPlacement {
  return { sectionId: target.sectionId, beforeId: target.id };
}
