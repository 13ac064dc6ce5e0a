import { focusTaskRowControl, type TaskRowControl } from "../keyboard/task-rows";

/** Focuses a control of the task's row once React has drawn the change (the row may have moved). */
export function focusRowControlLater(taskId: string, control: TaskRowControl) {
  requestAnimationFrame(() => focusTaskRowControl(taskId, control));
}

/** The row that takes the focus when `id`'s row leaves the list: the next one, else the previous one. */
export function neighbourOf<T extends { id: string }>(tasks: readonly T[], id: string): T | undefined {
  const index = tasks.findIndex((item) => item.id === id);
  return tasks[index + 1] ?? tasks[index - 1];
}

/** The row may leave the list: keep the keyboard nearby (next row, else previous, else the add field). */
export function keepFocusNear(tasks: readonly { id: string }[], id: string, change: () => void) {
  const neighbour = neighbourOf(tasks, id);
  change();
  if (neighbour) focusRowControlLater(neighbour.id, "complete");
  else requestAnimationFrame(() => document.querySelector<HTMLElement>("#new-task-title, main h1")?.focus());
}
