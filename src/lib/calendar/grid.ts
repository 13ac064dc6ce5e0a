import {
  addDays,
  compareDates,
  daysInMonth,
  formatDateString,
  isValidDateString,
  parseDateString,
  WEEKDAY_NAMES,
  weekdayOf,
} from "@/lib/dates";

// The calendar's date math: which days a week or a month view shows, where previous/next and the grid's
// keys go. Pure calendar dates ("YYYY-MM-DD"): the user's "today" is read in their zone once, by the
// page, so daylight-saving changes never shift a day (a day is a date, not 24 hours).

export const CALENDAR_VIEWS = ["week", "month"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** 1 = Monday … 7 = Sunday (ISO). The app has no week-start setting yet: weeks start on Monday. */
export type WeekStart = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const DEFAULT_WEEK_START: WeekStart = 1;

/** What `/calendar?view=…&date=…` shows, read from its search params with defaults for anything unreadable. */
export type CalendarState = { view: CalendarView; date: string };

export function readCalendarState(params: { view?: unknown; date?: unknown }, today: string): CalendarState {
  const view = params.view === "month" ? "month" : "week";
  const date = typeof params.date === "string" && isValidDateString(params.date) ? params.date : today;
  return { view, date };
}

/** The first day of the week that holds `date`. */
export function startOfWeek(date: string, weekStart: WeekStart = DEFAULT_WEEK_START): string {
  const isoWeekday = weekdayOf(date) === 0 ? 7 : weekdayOf(date);
  return addDays(date, -((isoWeekday - weekStart + 7) % 7));
}

/** The seven days of the week that holds `date`. */
export function weekDays(date: string, weekStart: WeekStart = DEFAULT_WEEK_START): string[] {
  const first = startOfWeek(date, weekStart);
  return Array.from({ length: 7 }, (_, index) => addDays(first, index));
}

/** The month of `date` as whole weeks (4 to 6 rows of 7 days), first and last weeks padded with the next/previous month's days. */
export function monthWeeks(date: string, weekStart: WeekStart = DEFAULT_WEEK_START): string[][] {
  const { year, month } = parseDateString(date);
  const first = formatDateString({ year, month, day: 1 });
  const last = formatDateString({ year, month, day: daysInMonth(year, month) });
  const weeks: string[][] = [];
  for (let start = startOfWeek(first, weekStart); compareDates(start, last) <= 0; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(start, index)));
  }
  return weeks;
}

/** The first and last day a view shows: what the page asks the server for. */
export function visibleRange(state: CalendarState, weekStart: WeekStart = DEFAULT_WEEK_START) {
  const days = state.view === "week" ? weekDays(state.date, weekStart) : monthWeeks(state.date, weekStart).flat();
  return { from: days[0] ?? state.date, to: days.at(-1) ?? state.date };
}

/** The same day `months` months on, kept inside the month (31 January + 1 month is 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDateString(date);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return formatDateString({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** Previous (-1) or next (1) week or month. */
export function stepCalendar(state: CalendarState, direction: -1 | 1): CalendarState {
  const date = state.view === "week" ? addDays(state.date, 7 * direction) : addMonths(state.date, direction);
  return { view: state.view, date };
}

/** Whether `date` is in the month that `anchor` names. */
export function inSameMonth(date: string, anchor: string): boolean {
  return date.slice(0, 7) === anchor.slice(0, 7);
}

/**
 * Where a key moves the grid's focus from `date` (WAI-ARIA grid pattern): arrows a day or a week,
 * Home/End the week's first/last day, PageUp/PageDown a month. null: not a grid key.
 */
export function dayForKey(date: string, key: string, weekStart: WeekStart = DEFAULT_WEEK_START): string | null {
  switch (key) {
    case "ArrowLeft":
      return addDays(date, -1);
    case "ArrowRight":
      return addDays(date, 1);
    case "ArrowUp":
      return addDays(date, -7);
    case "ArrowDown":
      return addDays(date, 7);
    case "Home":
      return startOfWeek(date, weekStart);
    case "End":
      return addDays(startOfWeek(date, weekStart), 6);
    case "PageUp":
      return addMonths(date, -1);
    case "PageDown":
      return addMonths(date, 1);
    default:
      return null;
  }
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "Monday 7 December" (the year added when it is not `today`'s). */
export function formatLongDay(date: string, today: string): string {
  const { year, month, day } = parseDateString(date);
  const text = `${WEEKDAY_NAMES[weekdayOf(date)]} ${day} ${MONTH_NAMES[month - 1]}`;
  return year === parseDateString(today).year ? text : `${text} ${year}`;
}

/** A day cell's name for screen readers: "Monday 7 December, 3 tasks". */
export function dayCellLabel(date: string, today: string, count: number): string {
  return `${formatLongDay(date, today)}${date === today ? " (today)" : ""}, ${taskCount(count)}`;
}

/** "no tasks", "1 task", "3 tasks". */
export function taskCount(count: number): string {
  return count === 0 ? "no tasks" : count === 1 ? "1 task" : `${count} tasks`;
}

/** The view's title: "December 2026", or for a week "7 – 13 December 2026" / "28 December 2026 – 3 January 2027". */
export function calendarTitle(state: CalendarState, weekStart: WeekStart = DEFAULT_WEEK_START): string {
  const { year, month } = parseDateString(state.date);
  if (state.view === "month") return `${MONTH_NAMES[month - 1]} ${year}`;
  const days = weekDays(state.date, weekStart);
  const first = parseDateString(days[0] ?? state.date);
  const last = parseDateString(days[6] ?? state.date);
  const end = `${last.day} ${MONTH_NAMES[last.month - 1]} ${last.year}`;
  if (first.year !== last.year) return `${first.day} ${MONTH_NAMES[first.month - 1]} ${first.year} – ${end}`;
  if (first.month !== last.month) return `${first.day} ${MONTH_NAMES[first.month - 1]} – ${end}`;
  return `${first.day} – ${end}`;
}
