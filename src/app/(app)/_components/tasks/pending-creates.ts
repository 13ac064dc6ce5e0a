import { useSyncExternalStore } from "react";

// Tasks added on screen whose task.create has not been answered yet. Their details can open at once
// (the row is optimistic), but what the server keeps for them (history, subtasks, reminders) does not
// exist yet: those parts wait, instead of asking and getting "not found".

const pending = new Set<string>();
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const pendingCreates = {
  add(id: string) {
    pending.add(id);
    emit();
  },
  remove(id: string) {
    if (pending.delete(id)) emit();
  },
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False while the task's creation is on its way to the server. */
export function useIsSaved(taskId: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !pending.has(taskId),
    () => true,
  );
}
