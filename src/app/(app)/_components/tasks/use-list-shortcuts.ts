"use client";

import { useTaskListKeys } from "../keyboard/shell-context";
import type { Task } from "./task-pages";

interface ListShortcuts {
  complete(task: Task, completed: boolean): void;
  remove(task: Task): void;
  showDetails(id: string): void;
  schedule(task: Task, opener: HTMLElement | null): void;
}

/** The shortcuts x, e, t and Delete act on the focused row (see keyboard/), when it is one of these tasks. */
export function useListShortcuts(tasks: readonly Task[], actions: ListShortcuts) {
  const byId = (id: string) => tasks.find((task) => task.id === id);
  useTaskListKeys({
    complete(id) {
      const task = byId(id);
      if (task) actions.complete(task, !task.completed);
    },
    open(id) {
      if (byId(id)) actions.showDetails(id);
    },
    schedule(id, opener) {
      const task = byId(id);
      if (task) actions.schedule(task, opener);
    },
    remove(id) {
      const task = byId(id);
      if (task) actions.remove(task);
    },
  });
}
