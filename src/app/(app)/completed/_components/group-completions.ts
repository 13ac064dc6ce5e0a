import { calendarDateIn, formatPastDayHeading } from "@/lib/dates";

export interface CompletionDay<T> {
  /** The user's calendar date, "YYYY-MM-DD". */
  date: string;
  /** "Today", "Yesterday", "Thu 3 Dec". */
  heading: string;
  entries: T[];
}

/** Completions (newest first) in one section per day of the user's zone, in the order given. */
export function groupCompletionsByDay<T extends { completedAt: Date }>(
  entries: readonly T[],
  timeZone: string,
  today: string,
): CompletionDay<T>[] {
  const days = new Map<string, T[]>();
  for (const entry of entries) {
    const date = calendarDateIn(entry.completedAt, timeZone);
    const day = days.get(date);
    if (day) day.push(entry);
    else days.set(date, [entry]);
  }
  return [...days].map(([date, items]) => ({ date, heading: formatPastDayHeading(date, today), entries: items }));
}
