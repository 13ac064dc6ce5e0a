"use client";

import { toast } from "@/components/toast";
import { formatDueLabel } from "@/lib/dates";
import { UNDO_MS } from "@/lib/limits";
import type { CreateTaskInput } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { useHourCycle } from "../hour-cycle";
import { pendingCreates } from "../pending-creates";
import type { NewLabels } from "../quick-add/line-fields";
import { rescheduleMessage, type Schedule, unschedule } from "../scheduler/schedule";
import type { SectionPlacement } from "../sections/section-groups";
import { ownVersions } from "./own-versions";
import { applyChanges, type TaskChanges } from "./task-changes";
import type { TaskListInput } from "./task-list-input";
import {
  appendTask,
  flattenPages,
  insertTaskAt,
  moveTask,
  optimisticTask,
  placeTask,
  removeTask,
  replaceTask,
  type Task,
} from "./task-pages";
import { CREATE_SCOPE, taskScope } from "./task-scopes";
import { unansweredChanges } from "./unanswered-changes";
import { useLabelIds } from "./use-label-ids";
import { useTaskChange } from "./use-task-change";
import { useTaskListCache } from "./use-task-list-cache";

export type { TaskChanges } from "./task-changes";

type UndoableUpdate = { done: string; changes: TaskChanges };

/**
 * Every change to one task of the list the user is looking at (a view, or a parent's subtasks): shown
 * at once, sent in order per task (see task-scopes.ts), confirmed with the server's copy, and with Undo
 * where a change takes something away.
 *
 * An edit carries the `updatedAt` of the version the user saw when they began it. If that version was
 * then changed by this client's own earlier request, the edit is sent against the version that request
 * produced; a change made anywhere else still makes it a CONFLICT, so nothing is silently overwritten.
 */
export function useTaskMutations(input: TaskListInput, today: string, announce: (message: string) => void) {
  const client = api.useUtils().client.task;
  const cache = useTaskListCache(input);
  const change = useTaskChange(cache);
  const hourCycle = useHourCycle();
  const labelIdsFor = useLabelIds();

  /**
   * Takes the server's copy, unless a later change of the task is still waiting for its answer (see
   * unanswered-changes.ts), and remembers that this client moved the task on from `before`. Other lists,
   * and the sidebar's counts, are marked stale: they refetch when next shown.
   */
  function confirm(saved: Task, before?: Date) {
    if (before) ownVersions.remember(saved.id, before, saved.updatedAt);
    if (!unansweredChanges.othersWaiting(saved.id)) cache.edit((data) => cache.place(data, saved));
    cache.markOthersStale();
  }

  /** For changes that carry no version: the cached one is what the server had before. */
  async function sendUnversioned(id: string, send: () => Promise<Task>) {
    const before = cache.current(id)?.updatedAt;
    const saved = await send();
    if (before) ownVersions.remember(id, before, saved.updatedAt);
    return saved;
  }

  /**
   * `values.id` is made once, so a retry re-sends the same id (the server then returns the task).
   * `newLabels` (named in a typed line) are made first, in the create's turn; the row shows without them until then.
   * Resolves true once saved, false when refused (the row is then rolled back).
   */
  async function create({ newLabels, ...values }: CreateTaskInput & NewLabels & { id: string }): Promise<boolean> {
    const optimistic = optimisticTask(values);
    pendingCreates.add(values.id);
    const saved = await change({
      kind: "create",
      variables: values,
      scope: CREATE_SCOPE,
      taskIds: [values.id],
      afterCreates: false,
      // A task typed here for somewhere else ("#Home" in the Inbox) goes there, not in this list.
      apply: (data) => (cache.belongs(optimistic, undefined) ? appendTask(data, optimistic) : data),
      send: async () => {
        const made = await labelIdsFor(newLabels);
        const labelIds = made.length > 0 ? { labelIds: [...(values.labelIds ?? []), ...made] } : {};
        return client.create.mutate({ ...values, ...labelIds });
      },
      onFailure: () => pendingCreates.remove(values.id, false),
      onSuccess: (saved) => {
        // A refetch that landed meanwhile may have dropped the optimistic row: put it back.
        if (!cache.current(saved.id) && cache.belongs(saved, undefined)) cache.edit((data) => appendTask(data, saved));
        // An edit begun on the optimistic copy is sent against the saved version: that is remembered
        // before the edits waiting for this create are let go.
        confirm(saved, optimistic.updatedAt);
        pendingCreates.remove(values.id);
        if (cache.belongs(saved, undefined)) announce(`Added “${saved.title}”.`);
        // Typed for another list ("#Home" in the Inbox): it is not shown here, so say where it went.
        else toast.success(`Added “${saved.title}” to another list.`);
      },
      retry: () => void create({ ...values, newLabels }),
    });
    return saved !== undefined;
  }

  /**
   * `seen`: the task's `updatedAt` when the user began this edit. `newLabels` are made first and added.
   * `undo`: the toast's words and the changes that put the task back, offered once the server took it.
   * Resolves with the saved task, or undefined after a failure.
   */
  function update(
    task: Task,
    { newLabels, ...changes }: TaskChanges & NewLabels,
    seen: Date,
    undo?: UndoableUpdate,
  ): Promise<Task | undefined> {
    const index = cache.indexOf(task.id);
    const moved = changes.projectId !== undefined && changes.projectId !== task.projectId;
    return change({
      kind: "update",
      scope: taskScope(task.id),
      taskIds: [task.id],
      apply: (data) => cache.place(data, applyChanges(cache.current(task.id) ?? task, changes)),
      send: async () => {
        const made = await labelIdsFor(newLabels);
        const labelIds = made.length > 0 ? { labelIds: [...(changes.labelIds ?? task.labelIds), ...made] } : {};
        const updatedAt = ownVersions.latest(task.id, seen);
        const saved = await client.update.mutate({ id: task.id, updatedAt, ...changes, ...labelIds });
        confirm(saved, updatedAt);
        return saved;
      },
      onSuccess: (saved) => {
        if (undo) {
          announce(`${undo.done}.`);
          toast(undo.done, {
            duration: UNDO_MS,
            action: { label: "Undo", onClick: () => update(saved, undo.changes, saved.updatedAt) },
          });
        }
        if (!moved) return;
        announce(`Moved “${saved.title}”.`);
        toast(`Moved “${saved.title}”`, {
          duration: UNDO_MS,
          action: { label: "Undo", onClick: () => moveBack(task, index, saved.updatedAt) },
        });
      },
      retry: () => update(task, { ...changes, newLabels }, seen, undo),
    });
  }

  /** A new date from the scheduler, with Undo; `task` as the user saw it when they opened the scheduler. */
  function reschedule(task: Task, schedule: Schedule) {
    const done = rescheduleMessage(task, schedule, today, hourCycle);
    update(task, schedule, task.updatedAt, { done, changes: unschedule(task, schedule) });
  }

  /** Undo of a move to another project: the task goes back to its project, and to its place in this list. */
  function moveBack(before: Task, index: number, seen: Date) {
    const listed = cache.current(before.id);
    void change({
      kind: "update",
      scope: taskScope(before.id),
      taskIds: [before.id],
      apply: (data) =>
        listed
          ? cache.place(data, { ...listed, projectId: before.projectId })
          : cache.belongs(before, before)
            ? insertTaskAt(data, before, index)
            : data,
      send: async () => {
        const updatedAt = ownVersions.latest(before.id, seen);
        const saved = await client.update.mutate({ id: before.id, updatedAt, projectId: before.projectId });
        confirm(saved, updatedAt);
        return saved;
      },
      onSuccess: (saved) => announce(`Moved “${saved.title}” back.`),
      retry: () => moveBack(before, index, seen),
    });
  }

  /**
   * A repeating task stays open with its next due date (the server computes it), so it is not
   * predicted; it leaves the view only if its new date takes it out (Today → next week).
   */
  function setCompleted(task: Task, completed: boolean) {
    const index = cache.indexOf(task.id);
    const repeats = completed && task.recurrence !== null && !task.completed;
    void change({
      kind: "setCompleted",
      scope: taskScope(task.id),
      taskIds: [task.id],
      // A repeating task shows ticked until the server answers with its next date.
      apply: (data) =>
        repeats
          ? replaceTask(data, { ...task, completed: true })
          : cache.place(data, { ...task, completed, completedAt: completed ? new Date() : null }),
      send: () => sendUnversioned(task.id, () => client.setCompleted.mutate({ id: task.id, completed })),
      onSuccess: (saved) => {
        confirm(saved);
        const next = repeats && !saved.completed && saved.dueDate ? saved.dueDate : null;
        const nextText = next ? ` Next: ${formatDueLabel(next, saved.dueTime, today, hourCycle)}.` : "";
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
    void change({
      kind: "setCompleted",
      scope: taskScope(before.id),
      taskIds: [before.id],
      apply: (data) => (cache.current(before.id) ? replaceTask(data, reopened) : insertTaskAt(data, reopened, index)),
      send: () => sendUnversioned(before.id, () => client.setCompleted.mutate({ id: before.id, completed: false })),
      onSuccess: (saved) => confirm(saved),
      retry: () => reopen(before, index),
    });
  }

  function remove(task: Task) {
    const index = cache.indexOf(task.id);
    void change({
      kind: "delete",
      scope: taskScope(task.id),
      taskIds: [task.id],
      apply: (data) => removeTask(data, task.id),
      send: () => client.delete.mutate({ id: task.id }),
      onSuccess: () => {
        // A refetch that landed while the request was in flight may have brought it back.
        cache.edit((data) => removeTask(data, task.id));
        cache.markOthersStale();
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
    void change({
      kind: "restore",
      scope: taskScope(task.id),
      taskIds: [task.id],
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
    const data = cache.read();
    const moved = data && moveTask(data, id, toIndex);
    if (!moved) return false;
    const count = flattenPages(moved.data).length;
    void change({
      kind: "reorder",
      scope: taskScope(id),
      taskIds: [id],
      apply: () => moved.data,
      send: () => sendUnversioned(id, () => client.reorder.mutate({ id, ...moved.move })),
      onSuccess: (saved) => confirm(saved),
      retry: () => move(id, toIndex),
    });
    announce(`Moved “${cache.current(id)?.title ?? "task"}” to position ${toIndex + 1} of ${count}.`);
    return true;
  }

  /**
   * Puts a task (with its subtasks) in a section of the project's list, just after or before a task there
   * (drag and drop, the keyboard); `where` names the section for the announcement. Resolves with the saved
   * task, or undefined after a failure.
   */
  function place(id: string, placement: SectionPlacement, where: string): Promise<Task | undefined> {
    const title = cache.current(id)?.title ?? "task";
    const saved = change({
      kind: "reorder",
      scope: taskScope(id),
      taskIds: [id],
      apply: (data) => placeTask(data, id, placement),
      send: () => sendUnversioned(id, () => client.reorder.mutate({ id, ...placement })),
      onSuccess: (saved) => confirm(saved),
      retry: () => place(id, placement, where),
    });
    announce(`Moved “${title}” to ${where}.`);
    return saved;
  }

  return {
    place,
    create: (values: CreateTaskInput & NewLabels) => create({ ...values, id: values.id ?? crypto.randomUUID() }),
    update,
    reschedule,
    setCompleted,
    remove,
    move,
  };
}
