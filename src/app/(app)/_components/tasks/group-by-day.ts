import { addDays, daysBetween, formatWeekdayDate } from "@/lib/dates";

/** How many weeks Upcoming shows at first, and how many more each "Show next weeks" adds. */
export const UPCOMING_WEEKS = 4;

export interface UpcomingDay<T> {
  date: string;
  /** "Mon 7 Dec", after "Today · " or "Tomorrow · " for those two. */
  heading: string;
  tasks: T[];
}

type Dated = { dueDate: string | null };

/** The last day of Upcoming's first range: 4 weeks from today, today included. */
export function firstLastDay(today: string): string {
  return addDays(today, 7 * UPCOMING_WEEKS - 1);
}

export function dayHeading(date: string, today: string): string {
  const offset = daysBetween(today, date);
  const day = formatWeekdayDate(date, today);
  return offset === 0 ? `Today · ${day}` : offset === 1 ? `Tomorrow · ${day}` : day;
}

/**
 * Upcoming's days: every day from `today` to `lastDay`, empty ones included, each with its tasks in
 * the list's order. A task whose day passed while the page was open shows under today (the view lists
 * no earlier day, and nothing it holds is hidden); later and undated tasks are not in these days.
 */
export function groupByDay<T extends Dated>(tasks: readonly T[], today: string, lastDay: string): UpcomingDay<T>[] {
  const count = Math.max(0, daysBetween(today, lastDay) + 1);
  const days = Array.from({ length: count }, (_, offset): UpcomingDay<T> => {
    const date = addDays(today, offset);
    return { date, heading: dayHeading(date, today), tasks: [] };
  });
  for (const task of tasks) {
    if (task.dueDate === null || task.dueDate > lastDay) continue;
    days[Math.max(0, daysBetween(today, task.dueDate))]?.tasks.push(task);
  }
  return days;
}

/**
 * The last day whose tasks have all loaded. The list comes sorted by date, a page at a time: while more
 * pages wait, the last loaded task's day may go on in the next page, so only the days before it are
 * complete. Null: no day is.
 */
export function lastCompleteDay(tasks: readonly Dated[], lastDay: string, morePages: boolean): string | null {
  if (!morePages) return lastDay;
  const latest = latestDate(tasks);
  if (latest === null) return null;
  const beforeLatest = addDays(latest, -1);
  return beforeLatest < lastDay ? beforeLatest : lastDay;
}

/** Whether the next page is needed to show every day up to `lastDay`. */
export function needsNextPage(tasks: readonly Dated[], lastDay: string, morePages: boolean): boolean {
  const latest = latestDate(tasks);
  return morePages && (latest === null || latest <= lastDay);
}

/** The first day after `lastDay` that has a loaded task: what "Show next weeks" should reach. */
export function nextTaskDay(tasks: readonly Dated[], lastDay: string): string | null {
  return datesOf(tasks)
    .filter((date) => date > lastDay)
    .reduce<string | null>((earliest, date) => (earliest === null || date < earliest ? date : earliest), null);
}

/**
 * Where "Show next weeks" ends the range: 4 weeks on, or on to the end of the week of the next task
 * when that is further (so one press always reaches it). Whole weeks, so the range keeps ending on the
 * weekday before today's.
 */
export function extendedLastDay(lastDay: string, nextTask: string | null): string {
  const weeks = nextTask === null ? 0 : Math.ceil(daysBetween(lastDay, nextTask) / 7);
  return addDays(lastDay, 7 * Math.max(UPCOMING_WEEKS, weeks));
}

function latestDate(tasks: readonly Dated[]): string | null {
  return datesOf(tasks).reduce<string | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
}

function datesOf(tasks: readonly Dated[]): string[] {
  return tasks.flatMap(({ dueDate }) => (dueDate === null ? [] : [dueDate]));
}
