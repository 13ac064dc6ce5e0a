"use client";

import { useRef } from "react";
import { toast } from "sonner";
import type { CreateTaskInput } from "@/lib/schemas/task";
import { api, type RouterInputs } from "@/trpc/react";
import { reportFailure } from "./mutation-errors";
import type { TaskListInput } from "./task-list-input";
import {
  appendTask,
  flattenPages,
  insertTaskAt,
  moveTask,
  removeTask,
  replaceTask,
  type Task,
  type TaskPages,
} from "./task-pages";

type UpdateChanges = Omit<RouterInputs["task"]["update"], "id" | "updatedAt">;

const UNDO_MS = 5_000;

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
 * at once, sent in order per task (an edit made while the task is still being
 * created, or while an earlier edit is in flight, waits for it and carries the
 * fresh `updatedAt`), confirmed with the server's copy, rolled back on failure.
 */
export function useTaskMutations(input: TaskListInput, announce: (message: string) => void) {
  const utils = api.useUtils();
  const queues = useRef(new Map<string, Promise<void>>());

  const read = () => utils.task.list.getInfiniteData(input);
  const current = (id: string) => flattenPages(read()).find((task) => task.id === id);
  const edit = (change: (data: TaskPages) => TaskPages) =>
    utils.task.list.setInfiniteData(input, (data) => (data ? change(data) : data));
  const confirm = (saved: Task) => edit((data) => replaceTask(data, saved));

  function run<Result>(taskId: string, change: Change<Result>) {
    const previous = read();
    void utils.task.list.cancel(input);
    if (change.apply) edit(change.apply);
    const before = queues.current.get(taskId) ?? Promise.resolve();
    const next = before.then(async () => {
      try {
        change.onSuccess?.(await change.send());
      } catch (error) {
        utils.task.list.setInfiniteData(input, previous);
        const kind = reportFailure(error, change.retry);
        if (kind === "conflict" || kind === "notFound") void utils.task.list.invalidate();
      }
    });
    queues.current.set(taskId, next);
    void next.then(() => {
      if (queues.current.get(taskId) === next) queues.current.delete(taskId);
    });
  }

  const client = utils.client.task;

  function create(values: CreateTaskInput) {
    const task = optimisticTask(values);
    run(task.id, {
      apply: (data) => appendTask(data, task),
      send: () => client.create.mutate({ ...values, id: task.id }),
      onSuccess: (saved) => {
        confirm(saved);
        announce(`Added “${saved.title}”.`);
      },
      retry: () => create(values),
    });
  }

  function update(task: Task, changes: UpdateChanges) {
    run(task.id, {
      apply: (data) => replaceTask(data, applyChanges(current(task.id) ?? task, changes)),
      send: () =>
        client.update.mutate({ id: task.id, updatedAt: current(task.id)?.updatedAt ?? task.updatedAt, ...changes }),
      onSuccess: confirm,
      retry: () => update(task, changes),
    });
  }

  function setCompleted(task: Task, completed: boolean) {
    const index = flattenPages(read()).findIndex((item) => item.id === task.id);
    const leavesList = input.status === "open" && completed;
    run(task.id, {
      apply: (data) =>
        leavesList
          ? removeTask(data, task.id)
          : replaceTask(data, { ...task, completed, completedAt: completed ? new Date() : null }),
      send: () => client.setCompleted.mutate({ id: task.id, completed }),
      onSuccess: (saved) => {
        if (!leavesList) confirm(saved);
        announce(`${completed ? "Completed" : "Reopened"} “${saved.title}”.`);
        if (!completed) return;
        toast.success(`Completed “${saved.title}”`, {
          duration: UNDO_MS,
          action: { label: "Undo", onClick: () => reopen(saved, index) },
        });
      },
      retry: () => setCompleted(task, completed),
    });
  }

  /** Undo of a completion: the task comes back where it was. */
  function reopen(task: Task, index: number) {
    const reopened = { ...task, completed: false, completedAt: null };
    run(task.id, {
      apply: (data) => (current(task.id) ? replaceTask(data, reopened) : insertTaskAt(data, reopened, index)),
      send: () => client.setCompleted.mutate({ id: task.id, completed: false }),
      onSuccess: confirm,
      retry: () => reopen(task, index),
    });
  }

  function remove(task: Task) {
    const index = flattenPages(read()).findIndex((item) => item.id === task.id);
    run(task.id, {
      apply: (data) => removeTask(data, task.id),
      send: () => client.delete.mutate({ id: task.id }),
      onSuccess: () => {
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
      send: () => client.reorder.mutate({ id, ...moved.move }),
      onSuccess: confirm,
      retry: () => move(id, toIndex),
    });
    announce(`Moved “${current(id)?.title ?? "task"}” to position ${toIndex + 1} of ${count}.`);
    return true;
  }

  return { create, update, setCompleted, remove, move };
}

function optimisticTask(values: CreateTaskInput): Task {
  const now = new Date();
  return {
    id: values.id ?? crypto.randomUUID(),
    title: values.title.trim(),
    description: values.description ?? "",
    priority: values.priority ?? 4,
    dueDate: values.dueDate ?? null,
    dueTime: values.dueTime ?? null,
    completed: false,
    completedAt: null,
    // Sorts after every real key until the server's position replaces it.
    position: "~",
    createdAt: now,
    updatedAt: now,
  };
}

function applyChanges(task: Task, changes: UpdateChanges): Task {
  const dueDate = changes.dueDate === undefined ? task.dueDate : changes.dueDate;
  return {
    ...task,
    title: changes.title ?? task.title,
    description: changes.description ?? task.description,
    priority: changes.priority ?? task.priority,
    dueDate,
    // As on the server: clearing the date clears the time.
    dueTime: dueDate === null ? null : changes.dueTime === undefined ? task.dueTime : changes.dueTime,
  };
}
