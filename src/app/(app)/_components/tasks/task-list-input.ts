import type { SearchFilters } from "@/lib/search-filters";
import { searchFinds } from "@/lib/task-search";
import type { RouterInputs } from "@/trpc/react";

/** A view's filters and sort: what `task.list` is asked, minus paging. */
export type TaskListInput = Omit<RouterInputs["task"]["list"], "cursor" | "direction" | "limit">;

/**
 * The list input of each view. The page (Server Component) prefetches exactly this input for
 * first paint and the client asks for the same one, so the browser does not fetch it again.
 */
export const views = {
  inbox: (showCompleted: boolean): TaskListInput => ({
    status: showCompleted ? "all" : "open",
    projectId: null,
    parentId: null,
    sort: "manual",
  }),
  project: (projectId: string, showCompleted: boolean): TaskListInput => ({
    status: showCompleted ? "all" : "open",
    projectId,
    parentId: null,
    sort: "manual",
  }),
  /** Due today or overdue. */
  today: (today: string): TaskListInput => ({ status: "open", dueTo: today, sort: "due" }),
  /** Due from today on, grouped by day on the page. */
  upcoming: (today: string): TaskListInput => ({ status: "open", dueFrom: today, sort: "due" }),
  label: (labelId: string): TaskListInput => ({ status: "open", labelIds: [labelId], sort: "manual" }),
  /** The words left after the filter words (`#Project`, `@label`, `p1`, read by the page: search-filters.ts). */
  search: (search: string, filters: SearchFilters = {}): TaskListInput => ({
    status: "all",
    ...(search ? { search } : { sort: "due" }),
    ...filters,
  }),
  completed: (): TaskListInput => ({ status: "completed", sort: "completed" }),
  /** Open tasks a saved filter's query finds, soonest due first. */
  filter: (query: string): TaskListInput => ({ status: "open", filter: query, sort: "due" }),
  /** Open tasks assigned to the signed-in user, across projects. */
  assigned: (): TaskListInput => ({ status: "open", assigneeId: "me", sort: "manual" }),
};

/** Which view a page shows, as plain data (it crosses from the Server Component to the client). */
export type ViewSpec =
  | { kind: "inbox"; showCompleted: boolean }
  | { kind: "project"; projectId: string; showCompleted: boolean }
  | { kind: "today" }
  | { kind: "upcoming" }
  | { kind: "label"; labelId: string }
  | { kind: "search"; query: string; filters?: SearchFilters }
  | { kind: "filter"; query: string }
  | { kind: "assigned" };

export function viewInput(view: ViewSpec, today: string): TaskListInput {
  switch (view.kind) {
    case "inbox":
      return views.inbox(view.showCompleted);
    case "project":
      return views.project(view.projectId, view.showCompleted);
    case "today":
      return views.today(today);
    case "upcoming":
      return views.upcoming(today);
    case "label":
      return views.label(view.labelId);
    case "search":
      return views.search(view.query, view.filters);
    case "filter":
      return views.filter(view.query);
    case "assigned":
      return views.assigned();
  }
}

/** What a view's filters read of a task. */
export interface ViewedTask {
  completed: boolean;
  projectId: string | null;
  /** Absent: the view does not filter by section. */
  sectionId?: string | null;
  parentId: string | null;
  labelIds: readonly string[];
  assigneeId: string | null;
  priority: number;
  dueDate: string | null;
  title: string;
  description: string;
}

/** What the browser knows besides the task when it decides whether the task belongs in a view. */
export interface ViewContext {
  /** The user's archived projects: their tasks are left out of every view but their project's own. */
  archivedProjectIds: ReadonlySet<string>;
  /**
   * The task as the view lists it now, if it does: the server found it there. When the title and the
   * description are unchanged, so is whether the search finds it, and the server's answer stands (it
   * also matches English stems, which the browser does not compute).
   */
  listed?: { title: string; description: string } | undefined;
  /** The signed-in user's id, which `assigneeId: "me"` names (unknown: the server's answer decides). */
  me?: string | undefined;
}

export function archivedProjectIds(projects: readonly { id: string; archived: boolean }[] | undefined) {
  return new Set((projects ?? []).filter((project) => project.archived).map((project) => project.id));
}

/**
 * Whether a task belongs in a view, so an edit that takes it out (completing, moving, re-dating,
 * renaming in search results) removes it. The same filters as the server's `task.list`, which never
 * lists trashed tasks (a deleted task leaves the list through its own edit); `view-matching.test.ts`
 * runs both over one table of tasks.
 */
export function matchesView(task: ViewedTask, input: TaskListInput, context: ViewContext): boolean {
  const status = input.status ?? "open";
  if (status === "open" && task.completed) return false;
  if (status === "completed" && !task.completed) return false;
  // A saved filter's query is the server's to read (names, the user's day): what it listed stays listed.
  if (input.filter !== undefined) return context.listed !== undefined;
  if (input.projectId === undefined) {
    if (task.projectId !== null && context.archivedProjectIds.has(task.projectId)) return false;
  } else if (task.projectId !== input.projectId) return false;
  if (input.parentId !== undefined && task.parentId !== input.parentId) return false;
  if (input.sectionId !== undefined && task.sectionId !== input.sectionId) return false;
  if (input.labelIds?.some((id) => !task.labelIds.includes(id))) return false;
  if (input.priority !== undefined && task.priority !== input.priority) return false;
  const assignee = input.assigneeId === "me" ? context.me : input.assigneeId;
  if (assignee !== undefined && task.assigneeId !== assignee) return false;
  if (input.dueFrom !== undefined && (task.dueDate === null || task.dueDate < input.dueFrom)) return false;
  if (input.dueTo !== undefined && (task.dueDate === null || task.dueDate > input.dueTo)) return false;
  if (input.search !== undefined && !sameText(task, context.listed) && !searchFinds(input.search, task)) return false;
  return true;
}

function sameText(task: ViewedTask, listed: ViewContext["listed"]) {
  return listed !== undefined && listed.title === task.title && listed.description === task.description;
}
