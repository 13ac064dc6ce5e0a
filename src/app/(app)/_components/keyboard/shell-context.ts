"use client";

import { createContext, useContext, useEffect, useRef } from "react";

/** What the shortcuts do to the task list on screen; the list itself knows how (Undo, focus). */
export interface TaskListKeys {
  complete(id: string): void;
  open(id: string): void;
  /** `opener`: the element that had the focus, which takes it back when the scheduler closes. */
  schedule(id: string, opener: HTMLElement | null): void;
  remove(id: string): void;
}

export interface Shell {
  openQuickAdd(): void;
  openPalette(): void;
  openShortcuts(): void;
  /** The list on screen says how to act on its tasks; returns the unregister function. */
  registerTaskList(keys: TaskListKeys): () => void;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error("useShell() outside the signed-in shell");
  return shell;
}

/** Registers the list's actions for the shortcuts while it is shown; always the latest closures. */
export function useTaskListKeys(keys: TaskListKeys) {
  const shell = useContext(ShellContext);
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(
    () =>
      shell?.registerTaskList({
        complete: (id) => latest.current.complete(id),
        open: (id) => latest.current.open(id),
        schedule: (id, opener) => latest.current.schedule(id, opener),
        remove: (id) => latest.current.remove(id),
      }),
    [shell],
  );
}
