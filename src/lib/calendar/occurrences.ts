import { compareDates } from "@/lib/dates";
import { nextOccurrence } from "@/lib/next-occurrence";
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
  const dates: string[] = [];
  let current: string | null = task.dueDate;
  let completed = task.occurrencesCompleted;
  // A daily task overdue for years steps through every past day: bounded, to keep a range's cost bounded.
  for (let step = 0; current !== null && compareDates(current, to) <= 0 && step < 5_000; step++) {
    if (compareDates(current, from) >= 0 && !exceptions.has(current)) {
      dates.push(current);
      if (dates.length >= OCCURRENCES_MAX) break;
    }
    current =
      nextOccurrence({
        rrule: task.rrule,
        from: "due",
        dueDate: current,
        dueTime: task.dueTime,
        completedAt: new Date(0),
        timeZone,
        occurrencesCompleted: completed,
      })?.dueDate ?? null;
    completed += 1;
  }
  return dates;
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
