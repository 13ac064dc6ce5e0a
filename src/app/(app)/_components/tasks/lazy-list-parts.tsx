"use client";

import dynamic from "next/dynamic";
import { isInTaskRow } from "../keyboard/task-rows";

// What a task list opens on demand, loaded the first time it is needed rather than with the list: a task's
// details (its form, comments, activity, reminders and the checks they make), a task's subtasks shown under
// it, and the selection's toolbar.

export const LazyTaskDetailsDialog = dynamic(
  () => import("./task-details-dialog").then((module) => module.TaskDetailsDialog),
  { ssr: false },
);

export const LazySubtaskList = dynamic(() => import("./subtask-list").then((module) => module.SubtaskList), {
  ssr: false,
});

export const LazyBulkToolbar = dynamic(() => import("./bulk-toolbar").then((module) => module.BulkToolbar), {
  ssr: false,
});

let preloaded = false;

/**
 * Starts loading them on the first sign of use (the pointer on a task row, or the focus in one), so a task's
 * details open at once.
 */
export function preloadListParts(event: { target: EventTarget | null }) {
  if (preloaded || !isInTaskRow(event.target)) return;
  preloaded = true;
  void import("./task-details-dialog");
  void import("./subtask-list");
  void import("./bulk-toolbar");
}
