"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable, preload } from "@/components/load-failure";
import { isInTaskRow } from "../keyboard/task-rows";

// What a task list opens on demand, loaded the first time it is needed rather than with the list: a task's
// details (its form, comments, activity, reminders and the checks they make), a task's subtasks shown under
// it, and the selection's toolbar.

export const LazyTaskDetailsDialog = leftOutIfUnloadable(
  dynamic(() => import("./task-details-dialog").then((module) => module.TaskDetailsDialog), { ssr: false }),
);

export const LazySubtaskList = leftOutIfUnloadable(
  dynamic(() => import("./subtask-list").then((module) => module.SubtaskList), {
    ssr: false,
  }),
);

export const LazyBulkToolbar = leftOutIfUnloadable(
  dynamic(() => import("./bulk-toolbar").then((module) => module.BulkToolbar), {
    ssr: false,
  }),
);

let preloaded = false;

/**
 * Starts loading them on the first sign of use (the pointer on a task row, or the focus in one), so a task's
 * details open at once.
 */
export function preloadListParts(event: { target: EventTarget | null }) {
  if (preloaded || !isInTaskRow(event.target)) return;
  preloaded = true;
  preload(() => import("./task-details-dialog"));
  preload(() => import("./subtask-list"));
  preload(() => import("./bulk-toolbar"));
}
