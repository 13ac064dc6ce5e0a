import type { ChangeEvent } from "@/lib/change-feed";

/** What a burst of change events asks the open screen to refetch. */
export interface RefreshPlan {
  /** Refetch everything (the feed could not replay what this screen missed). */
  everything: boolean;
  /** Every view of tasks: the lists (a view, a project, subtasks), Completed and the calendar. */
  taskLists: boolean;
  taskIds: Set<string>;
  /** The sidebar's projects and counts (the shell's one read, `sidebar.get`), and project pages' data. */
  projects: boolean;
  labels: boolean;
  reminders: boolean;
  /** The bell's inbox and unread count, and the pending invitations a notification may announce. */
  notifications: boolean;
  /** Projects whose sections (the list's groups, the board's columns) must be read again. */
  sectionsOf: Set<string>;
  /** Projects whose page, if open, must render again (renamed, archived, deleted, or access lost). */
  projectPages: Set<string>;
}

export function emptyPlan(): RefreshPlan {
  return {
    everything: false,
    taskLists: false,
    taskIds: new Set(),
    projects: false,
    labels: false,
    reminders: false,
    notifications: false,
    sectionsOf: new Set(),
    projectPages: new Set(),
  };
}

export function isEmptyPlan(plan: RefreshPlan): boolean {
  return (
    !plan.everything &&
    !plan.taskLists &&
    plan.taskIds.size === 0 &&
    !plan.projects &&
    !plan.labels &&
    !plan.reminders &&
    !plan.notifications &&
    plan.sectionsOf.size === 0 &&
    plan.projectPages.size === 0
  );
}

/** Adds what one event touches to `plan`. */
export function planFor(plan: RefreshPlan, event: ChangeEvent): void {
  switch (event.entity) {
    case "ready":
      return;
    case "resync":
      plan.everything = true;
      return;
    case "task":
      // A task's change moves the sidebar's open-task counts (projects and labels) and maybe its reminders.
      plan.taskLists = true;
      plan.taskIds.add(event.id);
      plan.projects = true;
      plan.labels = true;
      plan.reminders = true;
      return;
    case "project":
      // Archiving hides a project's tasks from the views across projects; deleting may move them to the Inbox.
      plan.projects = true;
      plan.taskLists = true;
      plan.projectPages.add(event.id);
      return;
    case "section":
      // A project's sections head its list's groups (and the board's columns); their tasks are news of their own.
      if (event.projectId) plan.sectionsOf.add(event.projectId);
      return;
    case "member":
      // Joining or leaving a project adds or removes its tasks everywhere.
      plan.projects = true;
      plan.taskLists = true;
      if (event.projectId) plan.projectPages.add(event.projectId);
      return;
    case "label":
      // A renamed, recoloured or deleted label shows on tasks' chips.
      plan.labels = true;
      plan.taskLists = true;
      return;
    case "notification":
      plan.notifications = true;
      return;
  }
}

/** The project id of a project page's path (`/projects/<id>`), else null. */
export function projectOfPath(pathname: string): string | null {
  return /^\/projects\/([^/]+)$/.exec(pathname)?.[1] ?? null;
}
