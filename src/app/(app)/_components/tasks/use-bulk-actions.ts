"use client";

import { TRPCClientError } from "@trpc/client";
import { toast } from "@/components/toast";
import { UNDO_MS } from "@/lib/limits";
import type { BulkChange } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { applyBulkChange, inverseChanges } from "./task-changes";
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
  schedule: "Rescheduled",
};

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

  /**
   * Resolves true once the server has applied it. `detail` ends the message ("to Tomorrow");
   * `undoable`: the toast offers Undo.
   */
  async function apply(
    tasks: readonly Task[],
    bulk: BulkChange,
    { undoable = true, detail }: { undoable?: boolean; detail?: string } = {},
  ): Promise<boolean> {
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
        const count = `${changedIds.length} ${changedIds.length === 1 ? "task" : "tasks"}`;
        const message = `${DONE_WORDS[bulk.action]} ${count}${detail ? ` ${detail}` : ""}.`;
        announce(message);
        if (undoable && changedIds.length > 0) {
          toast.success(message, {
            duration: UNDO_MS,
            action: { label: "Undo", onClick: () => undo(tasks, bulk, changedIds, indexes) },
          });
        }
      },
      retry: () => void apply(tasks, bulk, { undoable, detail }),
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
          if (step.ids.length === 0) continue;
          await client.bulk.mutate({ ids: step.ids, change: step.change }).catch((cause: unknown) => {
            // Someone who may no longer take the task (they left its project) stays unassigned.
            if (!(step.ifAllowed && cause instanceof TRPCClientError && cause.data?.code === "BAD_REQUEST"))
              throw cause;
          });
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
