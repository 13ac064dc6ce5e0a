"use client";

import { toast } from "sonner";
import { UNDO_MS } from "@/lib/limits";
import type { BulkChange } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { applyBulkChange } from "./task-changes";
import type { TaskListInput } from "./task-list-input";
import { flattenPages, insertTaskAt, removeTask, type Task, type TaskPages } from "./task-pages";
import { BULK_SCOPE } from "./task-scopes";
import { useTaskChange } from "./use-task-change";
import { useTaskListCache } from "./use-task-list-cache";

const DONE_WORDS: Record<BulkChange["action"], string> = {
  complete: "Updated",
  move: "Moved",
  addLabel: "Labelled",
  removeLabel: "Unlabelled",
  priority: "Reprioritised",
  assign: "Assigned",
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
    case "assign":
      return byValue((task) => task.assigneeId).map(([assigneeId, group]) => ({
        ids: group,
        change: { action: "assign", assigneeId } as const,
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

/**
 * Changes to the selected tasks of a list, with an Undo toast: shown at once, sent as one `task.bulk`
 * in the bulk scope (so an undo runs after the change it undoes), rolled back on failure. Every list
 * and the sidebar's counts refetch once it is answered.
 */
const listed = (pages: TaskPages, id: string) => flattenPages(pages).find((task) => task.id === id);

export function useBulkActions(input: TaskListInput, announce: (message: string) => void) {
  const client = api.useUtils().client.task;
  const cache = useTaskListCache(input);
  const change = useTaskChange(cache);

  /** Each task as the change leaves it: replaced, or taken out when it leaves this list. */
  const applyAll = (data: TaskPages, tasks: readonly Task[], bulk: BulkChange) => {
    const selected = new Set(tasks.map((task) => task.id));
    return tasks.reduce((pages, task) => {
      const after = applyBulkChange(listed(pages, task.id) ?? task, bulk, selected);
      return after ? cache.place(pages, after) : removeTask(pages, task.id);
    }, data);
  };

  /** The tasks as they were: replaced where listed, put back at their old place where they had left. */
  const restoreAll = (data: TaskPages, tasks: readonly Task[], indexes: ReadonlyMap<string, number>) =>
    tasks.reduce((pages, task) => {
      const index = indexes.get(task.id) ?? -1;
      if (listed(pages, task.id) || index < 0 || !cache.belongs(task, task)) return cache.place(pages, task);
      return insertTaskAt(pages, task, index);
    }, data);

  /** Resolves true once the server has applied it. */
  async function apply(tasks: readonly Task[], bulk: BulkChange, undoable = true): Promise<boolean> {
    const ids = tasks.map((task) => task.id);
    const indexes = new Map(ids.map((id) => [id, cache.indexOf(id)]));
    const answer = await change({
      kind: "bulk",
      scope: BULK_SCOPE,
      taskIds: ids,
      apply: (data) => applyAll(data, tasks, bulk),
      send: () => client.bulk.mutate({ ids, change: bulk }),
      onSuccess: ({ changedIds }) => {
        cache.refetch();
        cache.markOthersStale();
        const message = `${DONE_WORDS[bulk.action]} ${changedIds.length} ${changedIds.length === 1 ? "task" : "tasks"}.`;
        announce(message);
        if (undoable && changedIds.length > 0) {
          toast.success(message, {
            duration: UNDO_MS,
            action: { label: "Undo", onClick: () => undo(tasks, bulk, changedIds, indexes) },
          });
        }
      },
      retry: () => void apply(tasks, bulk, undoable),
    });
    return answer !== undefined;
  }

  /** Puts the changed tasks back as they were, and where they were in this list (one step per old value). */
  function undo(
    before: readonly Task[],
    bulk: BulkChange,
    changedIds: readonly string[],
    indexes: ReadonlyMap<string, number>,
  ) {
    const changed = before.filter((task) => changedIds.includes(task.id));
    void change({
      kind: "bulk",
      scope: BULK_SCOPE,
      taskIds: changedIds,
      apply: (data) => restoreAll(data, changed, indexes),
      send: async () => {
        for (const step of inverseChanges(before, bulk, changedIds)) {
          if (step.ids.length) await client.bulk.mutate(step);
        }
      },
      onSuccess: () => {
        cache.refetch();
        cache.markOthersStale();
        announce("Undone.");
      },
      retry: () => undo(before, bulk, changedIds, indexes),
    });
  }

  return { apply };
}
