import { useSyncExternalStore } from "react";

// Things added on screen (tasks, projects, labels) whose create has not been answered yet. They show at
// once (optimistic), but the server does not have them yet: what asks the server about them (a task's
// history, a project's page) waits, instead of asking and getting "not found".

const pending = new Set<string>();
const listeners = new Set<() => void>();
const waiters = new Map<string, ((saved: boolean) => void)[]>();

function emit() {
  for (const listener of listeners) listener();
}

export const pendingCreates = {
  add(id: string) {
    pending.add(id);
    emit();
  },
  /** The create was answered: `saved` is false when the server refused it (the item was rolled back). */
  remove(id: string, saved = true) {
    if (!pending.delete(id)) return;
    for (const resolve of waiters.get(id) ?? []) resolve(saved);
    waiters.delete(id);
    emit();
  },
};

/** Resolves once the item's create is answered (at once if it is not pending): true if it was saved. */
export function whenSaved(id: string): Promise<boolean> {
  if (!pending.has(id)) return Promise.resolve(true);
  return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False while the item's creation is on its way to the server. */
export function useIsSaved(id: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !pending.has(id),
    () => true,
  );
}
