"use client";

import { useQueryClient } from "@tanstack/react-query";
import { whenSaved } from "../pending-creates";
import { reportFailure } from "./mutation-errors";
import type { TaskPages } from "./task-pages";
import { insertTaskAt, removeTask, type Task } from "./task-pages";
import { isLastTaskChange, startMutation } from "./task-scopes";
import { unansweredChanges } from "./unanswered-changes";
import type { TaskListCache } from "./use-task-list-cache";

export interface TaskChange<Result> {
  /** Names the mutation (`["task", kind]`), e.g. for `useIsMutating`. */
  kind: string;
  scope: { id: string };
  /** The tasks it changes: each goes back to how it was, alone, if the change fails. */
  taskIds: readonly string[];
  /**
   * Whether the request first waits for those tasks' creates that are still on their way (sent at once,
   * it would be "not found"). Every change but the create itself.
   */
  afterCreates?: boolean;
  /** The optimistic edit of the cached list, shown at once. */
  apply?: (data: TaskPages) => TaskPages;
  /** The request; it runs after the earlier changes of its scope have been answered. */
  send: () => Promise<Result>;
  onSuccess?: (result: Result) => void;
  /** The change failed for good (a request that got no answer offline is still waiting, not failed). */
  onFailure?: () => void;
  /** What "Retry" in the failure toast does. */
  retry: () => void;
  /**
   * What the request sends, kept with the mutation: a create waiting for the connection is saved with
   * it and sent after a reload by the mutation defaults (offline/offline-cache.ts).
   */
  variables?: unknown;
}

/** A change to a task whose create was refused: that create has already been rolled back and reported. */
class CreateRefused extends Error {}

interface Snapshot {
  /** Each changed task as the list had it (absent: not in the list), and where. */
  before: { id: string; task: Task | undefined; index: number }[];
  /** The list had not loaded yet: it is fetched again once the change is answered. */
  unloaded: boolean;
}

/**
 * The one idiom of a task change, as a scoped TanStack mutation: `onMutate` applies it to the cached
 * list at once, the request runs in the order of its scope, `onSuccess` confirms it, and `onError` puts
 * back only the tasks it changed (other changes made meanwhile stay), reports it with a Retry, and
 * refetches. Resolves with the server's answer, or undefined after a failure.
 */
export function useTaskChange(cache: TaskListCache) {
  const queryClient = useQueryClient();

  return function startChange<Result>(change: TaskChange<Result>): Promise<Result | undefined> {
    return startMutation<Result, unknown, Snapshot>(
      queryClient,
      {
        mutationKey: ["task", change.kind],
        scope: change.scope,
        onMutate: () => {
          const snapshot: Snapshot = {
            before: change.taskIds.map((id) => ({ id, task: cache.current(id), index: cache.indexOf(id) })),
            unloaded: cache.read() === undefined,
          };
          if (!snapshot.unloaded) cache.cancel();
          if (change.apply) cache.edit(change.apply);
          unansweredChanges.begin(change.taskIds);
          return snapshot;
        },
        mutationFn: async () => {
          if (change.afterCreates !== false) {
            const saved = await Promise.all(change.taskIds.map(whenSaved));
            if (saved.includes(false)) throw new CreateRefused();
          }
          return change.send();
        },
        onSuccess: (result) => change.onSuccess?.(result),
        onError: (error, _variables, snapshot) => {
          change.onFailure?.();
          if (error instanceof CreateRefused) return;
          if (snapshot) cache.edit((data) => putBack(data, snapshot));
          reportFailure(error, change.retry);
          cache.refetch(true);
        },
        onSettled: (_result, _error, _variables, snapshot) => {
          unansweredChanges.end(change.taskIds);
          // The last change of a burst refetches the list once (TanStack's pattern for concurrent optimistic
          // updates): a fetch that began before a change was stored, or a first load, may have landed
          // without it after its optimistic edit.
          if (snapshot?.unloaded || isLastTaskChange(queryClient)) cache.refetch();
        },
      },
      change.variables,
    );
  };
}

function putBack(data: TaskPages, snapshot: Snapshot): TaskPages {
  const inOrder = [...snapshot.before].sort((a, b) => a.index - b.index);
  return inOrder.reduce(
    (pages, { id, task, index }) => (task ? insertTaskAt(pages, task, index) : removeTask(pages, id)),
    data,
  );
}
