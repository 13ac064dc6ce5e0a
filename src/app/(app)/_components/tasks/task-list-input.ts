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
  search: (search: string): TaskListInput => ({ status: "all", search }),
  completed: (): TaskListInput => ({ status: "completed", sort: "completed" }),
};

/** Which view a page shows, as plain data (it crosses from the Server Component to the client). */
export type ViewSpec =
  | { kind: "inbox"; showCompleted: boolean }
  | { kind: "project"; projectId: string; showCompleted: boolean }
  | { kind: "today" }
  | { kind: "upcoming" }
  | { kind: "label"; labelId: string }
  | { kind: "search"; query: string }
  | { kind: "completed" };

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
      return views.search(view.query);
    case "completed":
      return views.completed();
  }
}

/** Whether a task belongs in a view, so an edit that takes it out (completing, moving, re-dating) removes it. */
export function matchesView(
  task: {
    completed: boolean;
    projectId: string | null;
    parentId: string | null;
    labelIds: readonly string[];
    priority: number;
    dueDate: string | null;
  },
  input: TaskListInput,
): boolean {
  const status = input.status ?? "open";
  if (status === "open" && task.completed) return false;
  if (status === "completed" && !task.completed) return false;
  if (input.projectId !== undefined && task.projectId !== input.projectId) return false;
  if (input.parentId !== undefined && task.parentId !== input.parentId) return false;
  if (input.labelIds?.some((id) => !task.labelIds.includes(id))) return false;
  if (input.priority !== undefined && task.priority !== input.priority) return false;
  if (input.dueFrom !== undefined && (task.dueDate === null || task.dueDate < input.dueFrom)) return false;
  if (input.dueTo !== undefined && (task.dueDate === null || task.dueDate > input.dueTo)) return false;
  return true;
}
