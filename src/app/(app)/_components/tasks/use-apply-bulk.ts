"use client";

import type { BulkChange } from "@/lib/schemas/task";
import type { TaskListInput } from "./task-list-input";
import type { Task } from "./task-pages";
import { useBulkActions } from "./use-bulk-actions";

/** Applies a bulk change to the chosen tasks of the list; `onApplied` runs once the server took it. */
export function useApplyBulk(
  input: TaskListInput,
  chosen: readonly Task[],
  announce: (message: string) => void,
  onApplied: () => void,
) {
  const bulk = useBulkActions(input, announce);
  return async function applyBulk(change: BulkChange) {
    if (await bulk.apply(chosen, change)) onApplied();
  };
}
