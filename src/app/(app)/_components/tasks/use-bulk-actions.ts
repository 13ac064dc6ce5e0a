"use client";

import { toast } from "sonner";
import { UNDO_MS } from "@/lib/limits";
import type { BulkChange } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { reportFailure } from "./mutation-errors";
import type { Task } from "./task-pages";

const DONE_WORDS: Record<BulkChange["action"], string> = {
  complete: "Updated",
  move: "Moved",
  addLabel: "Labelled",
  removeLabel: "Unlabelled",
  priority: "Reprioritised",
  delete: "Deleted",
  restore: "Restored",
};

/**
 * The changes that put the tasks back as they were, from their state before the change and the
 * ids the server says it actually changed (a task that already had the label is left alone by undo).
 */
export function inverseChanges(before: readonly Task[], change: BulkChange, changedIds: readonly string[]) {
  const changed = before.filter((task) => changedIds.includes(task.id));
  const byValue = <K extends string | number | null>(key: (task: Task) => K) => {
    const groups = new Map<K, string[]>();
    for (const task of changed) groups.set(key(task), [...(groups.get(key(task)) ?? []), task.id]);
    return [...groups];
  };
  const ids = changed.map((task) => task.id);
  switch (change.action) {
    case "complete":
      return [{ ids, change: { action: "complete", completed: !change.completed } } as const];
    case "move":
      // A subtask the move took out of its parent goes back under it.
      return byValue((task) => `${task.projectId ?? ""} ${task.parentId ?? ""}`).map(([key, group]) => {
        const [projectId, parentId] = key.split(" ");
        return {
          ids: group,
          change: { action: "move", projectId: projectId || null, ...(parentId ? { parentId } : {}) } as const,
        };
      });
    case "priority":
      return byValue((task) => task.priority).map(([priority, group]) => ({
        ids: group,
        change: { action: "priority", priority } as const,
      }));
    case "addLabel":
      return [{ ids, change: { action: "removeLabel", labelId: change.labelId } as const }];
    case "removeLabel":
      return [{ ids, change: { action: "addLabel", labelId: change.labelId } as const }];
    case "delete":
      return [{ ids, change: { action: "restore" } as const }];
    case "restore":
      return [{ ids, change: { action: "delete" } as const }];
  }
}

/** Bulk changes with an Undo toast; every list and the sidebar counts refresh afterwards. */
export function useBulkActions(announce: (message: string) => void) {
  const utils = api.useUtils();

  async function refresh() {
    await Promise.all([utils.task.list.invalidate(), utils.project.invalidate(), utils.label.list.invalidate()]);
  }

  async function apply(tasks: readonly Task[], change: BulkChange, undoable = true): Promise<boolean> {
    try {
      const { changedIds } = await utils.client.task.bulk.mutate({ ids: tasks.map((task) => task.id), change });
      await refresh();
      const message = `${DONE_WORDS[change.action]} ${changedIds.length} ${changedIds.length === 1 ? "task" : "tasks"}.`;
      announce(message);
      if (undoable && changedIds.length > 0) {
        toast.success(message, {
          duration: UNDO_MS,
          action: { label: "Undo", onClick: () => void undo(tasks, change, changedIds) },
        });
      }
      return true;
    } catch (error) {
      reportFailure(error, () => void apply(tasks, change, undoable));
      await refresh();
      return false;
    }
  }

  async function undo(before: readonly Task[], change: BulkChange, changedIds: readonly string[]) {
    try {
      for (const step of inverseChanges(before, change, changedIds)) {
        if (step.ids.length) await utils.client.task.bulk.mutate(step);
      }
      announce("Undone.");
    } catch (error) {
      reportFailure(error, () => void undo(before, change, changedIds));
    }
    await refresh();
  }

  return { apply };
}
