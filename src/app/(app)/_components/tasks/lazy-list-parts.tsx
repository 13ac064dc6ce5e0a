"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable, preload } from "@/components/load-failure";
import { isInTaskRow } from "../keyboard/task-rows";

// What a task list opens on demand, loaded the first time it is needed rather than with the list: a task's
// details (its form, comments, activity, reminders and the checks they make), a task's subtasks shown under
// it, the selection's toolbar, and a repeating task's chip (with the rule parser that words it).

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

/**
 * Drawn on the server with the rows it is in (their HTML then preloads its code), so a page without a repeating
 * task loads none of it; one that appears later in the browser shows its chip once the code has arrived.
 */
export const LazyRepeatChip = leftOutIfUnloadable(
  dynamic(() => import("./repeat-chip").then((module) => module.RepeatChip), {
    // A boundary of its own: waiting for the code hides only this chip, never the list.
    loading: () => null,
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
  preload(() => import("./repeat-chip"));
}
