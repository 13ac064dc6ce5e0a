"use client";

import { useRef } from "react";
import { toast } from "sonner";
import { formatDueLabel } from "@/lib/dates";
import { UNDO_MS } from "@/lib/limits";
import type { CreateTaskInput } from "@/lib/schemas/task";
import { api, type RouterInputs } from "@/trpc/react";
import { pendingCreates } from "../pending-creates";
import { reportFailure } from "./mutation-errors";
import { OwnVersions } from "./own-versions";
import { archivedProjectIds, matchesView, type TaskListInput, type ViewContext } from "./task-list-input";
import {
  appendTask,
  flattenPages,
  insertTaskAt,
  moveTask,
  optimisticTask,
  removeTask,
  replaceTask,
  type Task,
  type TaskPages,
} from "./task-pages";

export type TaskChanges = Omit<RouterInputs["task"]["update"], "id" | "updatedAt">;

const CREATE_LANE = "creates";

interface Change<Result> {
  /** The optimistic edit of the cached list, shown at once. */
  apply?: (data: TaskPages) => TaskPages;
  /** The request; runs after the task's earlier requests, so it sees their results. */
  send: () => Promise<Result>;
  onSuccess?: (result: Result) => void;
  /** What "Retry" in the failure toast does. */
  retry: () => void;
}

/**
 * Every change to the list the user is looking at: applied to the cached pages
 * at once, sent in order per task, confirmed with the server's copy, and on
 * failure that task alone goes back to how it was (then the list refetches).
 *
 * An edit carries the `updatedAt` of the version the user saw when they began
 * it. If that version was then changed by this client's own earlier request,
 * the edit is sent against the version that request produced; a change made
 * anywhere else still makes it a CONFLICT, so nothing is silently overwritten.
 */
export function useTaskMutations(input: TaskListInput, today: string, announce: (message: string) => void) {
  const utils = api.useUtils();
  const queues = useRef(new Map<string, Promise<void>>());
  const ownVersions = useRef(new OwnVersions());

  const read = () => utils.task.list.getInfiniteData(input);
  const current = (id: string) => flattenPages(read()).find((task) => task.id === id);
  const indexOf = (id: string) => flattenPages(read()).findIndex((task) => task.id === id);
  const edit = (change: (data: TaskPages) => TaskPages) =>
    utils.task.list.setInfiniteData(input, (data) => (data ? change(data) : data));

  /** What decides whether a task belongs in this view besides the task itself; `listed`: its copy in the list. */
  const viewContext = (listed: Task | undefined): ViewContext => ({
    archivedProjectIds: archivedProjectIds(utils.project.list.getData()),
    listed,
  });

  /** Puts a task's new state in the list, or takes it out when it no longer belongs to this view. */
  const place = (data: TaskPages, task: Task) => {
    const listed = flattenPages(data).find((item) => item.id === task.id);
    return matchesView(task, input, viewContext(listed)) ? replaceTask(data, task) : removeTask(data, task.id);
  };

  /**
   * Takes the server's copy, and remembers that this client moved the task on from `before`. Other
   * views, and the sidebar's counts, are marked stale: they refetch when next shown.
   */
  function confirm(saved: Task, before?: Date) {
    if (before) ownVersions.current.remember(saved.id, before, saved.updatedAt);
    edit((data) => place(data, saved));
    markOthersStale();
  }

  function markOthersStale() {
    // Every other list refetches if it is on screen (a parent's subtasks); this one is already up to date.
    const shown = read();
    void utils.task.list.invalidate(undefined, { predicate: (query) => query.state.data !== shown });
    void utils.task.byId.invalidate();
    void utils.project.invalidate();
    void utils.label.list.invalidate();
  }

  /**
   * Applies a change at once and sends it after the earlier requests of each of its lanes: the task's
   * own lane (its edits in order), and for creates one shared lane, so that tasks added in quick
   * succession are stored in the order they were typed.
   */
  function run<Result>(taskId: string, change: Change<Result>, extraLane?: string) {
    const snapshot = flattenPages(read());
    const previousIndex = snapshot.findIndex((task) => task.id === taskId);
    const previous = snapshot[previousIndex];
    void utils.task.list.cancel(input);
    if (change.apply) edit(change.apply);
    const lanes = extraLane ? [taskId, extraLane] : [taskId];
    const before = Promise.all(lanes.map((lane) => queues.current.get(lane)));
    const next = before.then(async () => {
      try {
        // Not `onSuccess?.(await send())`: an absent onSuccess would skip the send itself.
        const result = await change.send();
        change.onSuccess?.(result);
      } catch (error) {
        // Only this task goes back: other changes made meanwhile stay.
        edit((data) => (previous ? insertTaskAt(data, previous, previousIndex) : removeTask(data, taskId)));
        reportFailure(error, change.retry);
        void utils.task.list.invalidate();
      }
    });
    for (const lane of lanes) {
      queues.current.set(lane, next);
      void next.then(() => {
        if (queues.current.get(lane) === next) queues.current.delete(lane);
      });
    }
  }

  const client = utils.client.task;

  /** `values.id` is made here once, so a retry re-sends the same id (the server then returns the task). */
  function create(values: CreateTaskInput & { id: string }) {
    const optimistic = optimisticTask(values);
    pendingCreates.add(values.id);
    run(
      values.id,
      {
        apply: (data) => appendTask(data, optimistic),
        send: () => client.create.mutate(values).finally(() => pendingCreates.remove(values.id)),
        onSuccess: (saved) => {
          // A refetch that landed meanwhile may have dropped the optimistic row: put it back.
          if (!current(saved.id) && matchesView(saved, input, viewContext(undefined)))
            edit((data) => appendTask(data, saved));
          // An edit begun on the optimistic copy is sent against the saved version.
          confirm(saved, optimistic.updatedAt);
          announce(`Added “${saved.title}”.`);
        },
        retry: () => create(values),
      },
      CREATE_LANE,
    );
  }

  /** `seen`: the task's `updatedAt` when the user began this edit. */
  function update(task: Task, changes: TaskChanges, seen: Date) {
    const index = indexOf(task.id);
    const moved = changes.projectId !== undefined && changes.projectId !== task.projectId;
    run(task.id, {
      apply: (data) => place(data, applyChanges(current(task.id) ?? task, changes)),
      send: async () => {
        const updatedAt = ownVersions.current.latest(task.id, seen);
        const saved = await client.update.mutate({ id: task.id, updatedAt, ...changes });
        confirm(saved, updatedAt);
        return saved;
      },
      onSuccess: (saved) => {
        if (!moved) return;
        announce(`Moved “${saved.title}”.`);
        toast(`Moved “${saved.title}”`, {
          duration: UNDO_MS,
          action: { label: "Undo", onClick: () => moveBack(task, index, saved.updatedAt) },
        });
      },
      retry: () => update(task, changes, seen),
    });
  }

  /** Undo of a move to another project: the task goes back to its project, and to its place in this list. */
  function moveBack(before: Task, index: number, seen: Date) {
    const listed = current(before.id);
    run(before.id, {
      apply: (data) =>
        listed
          ? place(data, { ...listed, projectId: before.projectId })
          : matchesView(before, input, viewContext(before))
            ? insertTaskAt(data, before, index)
            : data,
      send: async () => {
        const updatedAt = ownVersions.current.latest(before.id, seen);
        const saved = await client.update.mutate({ id: before.id, updatedAt, projectId: before.projectId });
        confirm(saved, updatedAt);
        return saved;
      },
      onSuccess: (saved) => announce(`Moved “${saved.title}” back.`),
      retry: () => moveBack(before, index, seen),
    });
  }

  /** For changes that carry no version: the cached one is what the server had before. */
  async function sendUnversioned(id: string, send: () => Promise<Task>) {
    const before = current(id)?.updatedAt;
    const saved = await send();
    if (before) ownVersions.current.remember(id, before, saved.updatedAt);
    return saved;
  }

  /**
   * A repeating task stays open with its next due date (the server computes it), so it is not
   * predicted; it leaves the view only if its new date takes it out (Today → next week).
   */
  function setCompleted(task: Task, completed: boolean) {
    const index = indexOf(task.id);
    const repeats = completed && task.recurrence !== null && !task.completed;
    run(task.id, {
      // A repeating task shows ticked until the server answers with its next date.
      apply: (data) =>
        repeats
          ? replaceTask(data, { ...task, completed: true })
          : place(data, { ...task, completed, completedAt: completed ? new Date() : null }),
      send: () => sendUnversioned(task.id, () => client.setCompleted.mutate({ id: task.id, completed })),
      onSuccess: (saved) => {
        confirm(saved);
        const next = repeats && !saved.completed && saved.dueDate ? saved.dueDate : null;
        const nextText = next ? ` Next: ${formatDueLabel(next, saved.dueTime, today)}.` : "";
        announce(`${completed ? "Completed" : "Reopened"} “${saved.title}”.${nextText}`);
        if (!completed) return;
        toast.success(`Completed “${saved.title}”`, {
          description: nextText.trim() || undefined,
          duration: UNDO_MS,
          action: { label: "Undo", onClick: () => reopen(task, index) },
        });
      },
      retry: () => setCompleted(task, completed),
    });
  }

  /** Undo of a completion: the task comes back where it was, as it was (a repeating one, on its old date). */
  function reopen(before: Task, index: number) {
    const reopened = { ...before, completed: false, completedAt: null };
    run(before.id, {
      apply: (data) => (current(before.id) ? replaceTask(data, reopened) : insertTaskAt(data, reopened, index)),
      send: () => sendUnversioned(before.id, () => client.setCompleted.mutate({ id: before.id, completed: false })),
      onSuccess: (saved) => confirm(saved),
      retry: () => reopen(before, index),
    });
  }

  function remove(task: Task) {
    const index = indexOf(task.id);
    run(task.id, {
      apply: (data) => removeTask(data, task.id),
      send: () => client.delete.mutate({ id: task.id }),
      onSuccess: () => {
        // A refetch that landed while the request was in flight may have brought it back.
        edit((data) => removeTask(data, task.id));
        markOthersStale();
        announce(`Deleted “${task.title}”.`);
        toast(`Deleted “${task.title}”`, {
          duration: UNDO_MS,
          action: { label: "Undo", onClick: () => restore(task, index) },
        });
      },
      retry: () => remove(task),
    });
  }

  /** Undo of a delete: the task comes back where it was. */
  function restore(task: Task, index: number) {
    run(task.id, {
      apply: (data) => insertTaskAt(data, task, index),
      send: () => client.restore.mutate({ id: task.id }),
      onSuccess: (saved) => {
        confirm(saved);
        announce(`Restored “${saved.title}”.`);
      },
      retry: () => restore(task, index),
    });
  }

  /** Moves a task to `toIndex` of the loaded list; returns false when it cannot move there. */
  function move(id: string, toIndex: number): boolean {
    const data = read();
    const moved = data && moveTask(data, id, toIndex);
    if (!moved) return false;
    const count = flattenPages(moved.data).length;
    run(id, {
      apply: () => moved.data,
      send: () => sendUnversioned(id, () => client.reorder.mutate({ id, ...moved.move })),
      onSuccess: (saved) => confirm(saved),
      retry: () => move(id, toIndex),
    });
    announce(`Moved “${current(id)?.title ?? "task"}” to position ${toIndex + 1} of ${count}.`);
    return true;
  }

  return {
    create: (values: CreateTaskInput) => create({ ...values, id: values.id ?? crypto.randomUUID() }),
    update,
    setCompleted,
    remove,
    move,
  };
}

const keep = <T>(change: T | undefined, value: T): T => (change === undefined ? value : change);

function applyChanges(task: Task, changes: TaskChanges): Task {
  const dueDate = keep(changes.dueDate, task.dueDate);
  return {
    ...task,
    title: changes.title ?? task.title,
    description: changes.description ?? task.description,
    priority: changes.priority ?? task.priority,
    projectId: keep(changes.projectId, task.projectId),
    parentId: keep(changes.parentId, task.parentId),
    labelIds: changes.labelIds ?? task.labelIds,
    dueDate,
    // As on the server: clearing the date clears the time and the repeat rule.
    dueTime: dueDate === null ? null : keep(changes.dueTime, task.dueTime),
    recurrence: dueDate === null ? null : keep(changes.recurrence, task.recurrence),
  };
}
