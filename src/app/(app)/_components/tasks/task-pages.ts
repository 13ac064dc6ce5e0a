import type { InfiniteData } from "@tanstack/react-query";
import { OPTIMISTIC_POSITION } from "@/lib/limits";
import type { CreateTaskInput } from "@/lib/schemas/task";
import type { RouterOutputs } from "@/trpc/react";

export type TaskPage = RouterOutputs["task"]["list"];
export type Task = TaskPage["items"][number];
export type TaskPages = InfiniteData<TaskPage, string | null>;
/** Any cached pages of tasks (the query's and the cache setter's page params differ slightly). */
type Pages = { pages: TaskPage[] };

// Pure edits of the cached pages of a task list, for optimistic updates. The
// list is edited as one flat sequence, then cut back into the same page sizes,
// so a task can move across a page boundary.

/**
 * Every loaded task once, in order. A task added after a page loaded can come
 * again in a later page; that later copy is where the server puts it, so it wins.
 */
export function flattenPages(data: Pages | undefined): Task[] {
  return distinct(data?.pages.flatMap((page) => page.items) ?? []);
}

function distinct(items: Task[]): Task[] {
  const lastIndex = new Map(items.map((task, index) => [task.id, index]));
  return items.filter((task, index) => lastIndex.get(task.id) === index);
}

/** Edits the list as the user sees it (each task once, see flattenPages), then cuts it back into pages. */
function withItems<D extends Pages>(data: D, edit: (items: Task[]) => Task[]): D {
  const items = edit(flattenPages(data));
  const pages = data.pages.map((page, index) => {
    const start = data.pages.slice(0, index).reduce((count, earlier) => count + earlier.items.length, 0);
    const isLast = index === data.pages.length - 1;
    return { ...page, items: isLast ? items.slice(start) : items.slice(start, start + page.items.length) };
  });
  return { ...data, pages };
}

export function appendTask<D extends Pages>(data: D, task: Task): D {
  return withItems(data, (items) => [...items, task]);
}

export function replaceTask<D extends Pages>(data: D, task: Task, replacing: string = task.id): D {
  return withItems(data, (items) => items.map((item) => (item.id === replacing ? task : item)));
}

export function removeTask<D extends Pages>(data: D, id: string): D {
  return withItems(data, (items) => items.filter((item) => item.id !== id));
}

/** Puts `task` back at `index` (e.g. after an undone delete). */
export function insertTaskAt<D extends Pages>(data: D, task: Task, index: number): D {
  return withItems(data, (items) => {
    const rest = items.filter((item) => item.id !== task.id);
    return [...rest.slice(0, index), task, ...rest.slice(index)];
  });
}

export interface Move {
  /** The task that now comes before the moved one (null: it is first). */
  afterId: string | null;
  /** The task that now comes after it (null: it is last). */
  beforeId: string | null;
}

/** Moves task `id` to `toIndex` in the flat list; returns the new data and its new neighbours. */
export function moveTask<D extends Pages>(data: D, id: string, toIndex: number): { data: D; move: Move } | null {
  const items = flattenPages(data);
  const from = items.findIndex((item) => item.id === id);
  const moving = items[from];
  if (!moving || toIndex < 0 || toIndex >= items.length || toIndex === from) return null;
  const rest = items.filter((item) => item.id !== id);
  const reordered = [...rest.slice(0, toIndex), moving, ...rest.slice(toIndex)];
  return {
    data: withItems(data, () => reordered),
    move: { afterId: reordered[toIndex - 1]?.id ?? null, beforeId: reordered[toIndex + 1]?.id ?? null },
  };
}

/**
 * Puts task `id` in section `sectionId` (null: none), right after `afterId` or before `beforeId` in the flat
 * list; naming neither keeps its place. Unchanged when a named task is not loaded.
 */
export function placeTask<D extends Pages>(
  data: D,
  id: string,
  placement: { sectionId: string | null; afterId?: string; beforeId?: string },
): D {
  return withItems(data, (items) => {
    const moving = items.find((item) => item.id === id);
    if (!moving) return items;
    const placed = { ...moving, sectionId: placement.sectionId };
    const neighbour = placement.afterId ?? placement.beforeId;
    if (!neighbour) return items.map((item) => (item.id === id ? placed : item));
    const rest = items.filter((item) => item.id !== id);
    const at = rest.findIndex((item) => item.id === neighbour);
    if (at < 0) return items;
    const index = placement.afterId ? at + 1 : at;
    return [...rest.slice(0, index), placed, ...rest.slice(index)];
  });
}

/** A task as the list shows it before the server has answered its creation. */
export function optimisticTask(values: CreateTaskInput & { id: string }): Task {
  const now = new Date();
  return {
    id: values.id,
    projectId: values.projectId ?? null,
    sectionId: values.sectionId ?? null,
    parentId: values.parentId ?? null,
    parentTitle: null,
    title: values.title.trim(),
    description: values.description ?? "",
    priority: values.priority ?? 4,
    dueDate: values.dueDate ?? null,
    dueTime: values.dueTime ?? null,
    deadline: values.deadline ?? null,
    recurrence: values.recurrence ?? null,
    completed: false,
    completedAt: null,
    labelIds: values.labelIds ?? [],
    assigneeId: values.assigneeId ?? null,
    assigneeName: null,
    commentCount: 0,
    hasReminder: false,
    subtasks: { total: 0, done: 0 },
    position: OPTIMISTIC_POSITION,
    createdAt: now,
    updatedAt: now,
  };
}
