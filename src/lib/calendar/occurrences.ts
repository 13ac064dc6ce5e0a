import { nextOccurrence, seriesDates } from "@/lib/next-occurrence";
import type { RecurrenceAnchor } from "@/lib/recurrence";

// A repeating task is ONE row (its due date is the next occurrence to do). The calendar shows the
// occurrences after it too, computed here from the rule, never stored. Uses rrule (next-occurrence.ts),
// so it runs on the server, which sends the calendar its days.

/** How many occurrences of one task a range shows at most (a daily task in a six-week month: 42). */
export const OCCURRENCES_MAX = 62;

export type RepeatingTask = {
  rrule: string;
  from: RecurrenceAnchor;
  dueDate: string;
  dueTime: string | null;
  occurrencesCompleted: number;
  /** Occurrences taken out of the series ("this one" moved elsewhere). */
  exceptions: readonly string[];
};

/**
 * The dates of the series within `from`…`to` (inclusive), the current due date first when it is in
 * range. Occurrences counted from completion are projected as if each were done on its day (the real
 * ones depend on when it is done). Exceptions are skipped; COUNT and UNTIL end the series.
 */
export function occurrencesIn(task: RepeatingTask, from: string, to: string, timeZone: string): string[] {
  const exceptions = new Set(task.exceptions);
  // Exceptions are left out after the dates are read, so read enough to fill the range's cap without them.
  return seriesDates({ ...task, timeZone }, from, to, OCCURRENCES_MAX + exceptions.size)
    .filter((date) => !exceptions.has(date))
    .slice(0, OCCURRENCES_MAX);
}

/**
 * The series' next date after `task.dueDate` that is not an exception (a date moved out on its own),
 * or null when the series is over. `occurrencesCompleted` counts the occurrences before `dueDate`.
 */
export function nextKeptOccurrence(task: RepeatingTask, completedAt: Date, timeZone: string): string | null {
  const exceptions = new Set(task.exceptions);
  let from = task.from;
  let current = task.dueDate;
  let completed = task.occurrencesCompleted;
  for (let step = 0; step < 5_000; step++) {
    const next = nextOccurrence({
      ...task,
      from,
      dueDate: current,
      completedAt,
      timeZone,
      occurrencesCompleted: completed,
    });
    if (next === null || !exceptions.has(next.dueDate)) return next?.dueDate ?? null;
    // Past the first step the anchor is the skipped date itself.
    from = "due";
    current = next.dueDate;
    completed += 1;
  }
  return null;
}
