/** The rows j/k move through: the top-level rows of the list in the page's main area, in order. */
function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("main [data-task-row]")];
}

/** Is this (an event's target) a task row or inside one? */
export function isInTaskRow(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("[data-task-row]") !== null;
}

/** The id of the row that holds the focus (the row itself or a control in it). */
export function focusedTaskId(): string | null {
  const active = document.activeElement;
  return active?.closest<HTMLElement>("[data-task-row]")?.dataset.taskId ?? null;
}

/**
 * Moves the focus `offset` rows on (1: next, -1: previous), starting at the first or last row when
 * none has it (the focused row's own name is what a screen reader then reads). False: no rows.
 */
export function focusTaskRow(offset: 1 | -1): boolean {
  const all = rows();
  if (all.length === 0) return false;
  const current = all.findIndex((row) => row.contains(document.activeElement));
  const index =
    current < 0 ? (offset > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + offset));
  const row = all[index];
  row?.focus();
  row?.scrollIntoView({ block: "nearest" });
  return true;
}

/** The controls of a row that the list's keyboard code puts the focus on. */
export type TaskRowControl = "complete" | "reorder";

/** Names an element as one of its row's controls, for `focusTaskRowControl`: spread it on the element. */
export function rowControl(control: TaskRowControl): { "data-row-control": TaskRowControl } {
  return { "data-row-control": control };
}

/** Focuses that control of the task's row; false when the row or the control is not on screen. */
export function focusTaskRowControl(taskId: string, control: TaskRowControl): boolean {
  const element = document.querySelector<HTMLElement>(
    `[data-task-row][data-task-id="${taskId}"] [data-row-control="${control}"]`,
  );
  element?.focus();
  return element !== null;
}
