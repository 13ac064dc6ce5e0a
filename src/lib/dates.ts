// Calendar helpers for due dates. Due dates ("YYYY-MM-DD") and times ("HH:mm") are floating: a wall
// clock in the user's IANA zone, never an instant. So date arithmetic here is plain calendar math
// (UTC-based `Date`s, no zone), and a zone only comes in when an instant (now, a completion) has to
// be turned into the user's calendar date. Safe for the browser and the server: `Intl` only.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const WEEKDAY_SHORT_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTH_SHORT_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

export type CalendarDate = { year: number; month: number; day: number };
export type LocalDateTime = { date: string; time: string };

/** "YYYY-MM-DD" as numbers when it exists on the calendar (no 2026-02-30), else null. */
function calendarDateOf(date: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** "YYYY-MM-DD" that exists on the calendar (no 2026-02-30). */
export function isValidDateString(date: string): boolean {
  return calendarDateOf(date) !== null;
}

/** Splits "YYYY-MM-DD" into numbers (month 1–12); throws a RangeError on anything else. */
export function parseDateString(date: string): CalendarDate {
  const parsed = calendarDateOf(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return parsed;
}

export function formatDateString({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The date as a UTC-midnight `Date`: the "floating" form that `rrule` and day arithmetic work on. */
export function toUtcMidnight(date: string): Date {
  const { year, month, day } = parseDateString(date);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

/** The calendar date of a UTC-midnight (floating) `Date`. */
export function fromUtcMidnight(utc: Date): string {
  return formatDateString({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of the Gregorian calendar, by arithmetic: every row's date is checked with it. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
}

export function addDays(date: string, days: number): string {
  return fromUtcMidnight(new Date(toUtcMidnight(date).getTime() + days * MS_PER_DAY));
}

/** Negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: string, b: string): number {
  parseDateString(a);
  parseDateString(b);
  // Two calendar dates of four-digit years order as their text does.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function weekdayOf(date: string): number {
  return toUtcMidnight(date).getUTCDay();
}

// Building a DateTimeFormat is slow next to using one, and the app asks about a handful of zones.
const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

/** IANA zone names that `Intl` knows ("Europe/Paris", "UTC"); not offsets such as "+02:00". */
export function isValidTimeZone(zone: string): boolean {
  // Newer engines accept offset zones; a stored zone must name a place so it follows its DST rules.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

// The last instant asked about: a page's rows all ask about its one "now" (isOverdue), and formatToParts is
// the costliest step of drawing a row's due date.
let lastParts: { ms: number; timeZone: string; parts: LocalDateTime } | undefined;

/** The wall-clock date ("YYYY-MM-DD") and time ("HH:mm") of an instant in a zone. */
export function localDateTimeParts(instant: Date, timeZone: string): LocalDateTime {
  const ms = instant.getTime();
  if (lastParts?.ms === ms && lastParts.timeZone === timeZone) return lastParts.parts;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const date = formatDateString({ year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) });
  const local = Object.freeze({ date, time: `${parts.hour}:${parts.minute}` });
  lastParts = { ms, timeZone, parts: local };
  return local;
}

/** The calendar date ("YYYY-MM-DD") of an instant in a zone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return localDateTimeParts(instant, timeZone).date;
}

/** Today's date in a zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return calendarDateIn(now, timeZone);
}

type DueFields = { dueDate: string | null; dueTime: string | null };

/**
 * A date-only task is overdue once its day is over; a timed one once its minute has passed, to the
 * minute: a 09:30 task is due, not overdue, during 09:30 and overdue from 09:31.
 */
export function isOverdue({ dueDate, dueTime }: DueFields, now: Date, timeZone: string): boolean {
  if (!dueDate) return false;
  const local = localDateTimeParts(now, timeZone);
  const dateOrder = compareDates(dueDate, local.date);
  if (dateOrder !== 0 || !dueTime) return dateOrder < 0;
  return dueTime < local.time;
}

/** "12 Mar", or "12 Mar 2027" when the year differs from `today`'s. */
export function formatShortDate(date: string, today: string): string {
  const { year, month, day } = parseDateString(date);
  const dayAndMonth = `${day} ${MONTH_SHORT_NAMES[month - 1]}`;
  return year === parseDateString(today).year ? dayAndMonth : `${dayAndMonth} ${year}`;
}

/** How a user reads clock times: "h12" ("3:30 pm") or "h23" ("15:30"). */
export type HourCycle = "h12" | "h23";

/** A wall-clock "HH:mm" as the user reads it: "15:30", or "3:30 pm" (midnight "12:00 am", noon "12:00 pm"). */
export function formatClock(time: string, hourCycle: HourCycle): string {
  const hhmm = time.slice(0, 5);
  if (hourCycle === "h23") return hhmm;
  const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${pad2(minutes)} ${hours < 12 ? "am" : "pm"}`;
}

/** A compact due label for task rows: "Today", "Tomorrow", "Yesterday", "Mon", "12 Mar", "12 Mar 2027", plus " 09:30". */
export function formatDueLabel(dueDate: string, dueTime: string | null, today: string, hourCycle: HourCycle): string {
  const offset = daysBetween(today, dueDate);
  let label: string;
  if (offset === 0) label = "Today";
  else if (offset === 1) label = "Tomorrow";
  else if (offset === -1) label = "Yesterday";
  else if (offset > 1 && offset <= 6) label = WEEKDAY_SHORT_NAMES[weekdayOf(dueDate)] ?? dueDate;
  else label = formatShortDate(dueDate, today);
  return dueTime ? `${label} ${formatClock(dueTime, hourCycle)}` : label;
}

/** A day with its weekday: "Mon 7 Dec", or "Mon 7 Dec 2027" when the year differs from `today`'s. */
export function formatWeekdayDate(date: string, today: string): string {
  return `${WEEKDAY_SHORT_NAMES[weekdayOf(date)]} ${formatShortDate(date, today)}`;
}

/** A heading for a past day (Completed): "Today", "Yesterday", "Thu 3 Dec", "Thu 3 Dec 2025". */
export function formatPastDayHeading(date: string, today: string): string {
  const offset = daysBetween(today, date);
  if (offset === 0) return "Today";
  if (offset === -1) return "Yesterday";
  return formatWeekdayDate(date, today);
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** "26 Nov 2026, 19:30" (or "7:30 pm") in a zone: the same text on the server and in the browser (no locale data). */
export function formatInstant(instant: Date, timeZone: string, hourCycle: HourCycle): string {
  const { date, time } = localDateTimeParts(instant, timeZone);
  const { year, month, day } = parseDateString(date);
  return `${day} ${MONTH_SHORT_NAMES[month - 1]} ${year}, ${formatClock(time, hourCycle)}`;
}

/** "3 Dec, 15:30" in a zone, with the year only when it is not `today`'s ("3 Dec 2025, 15:30"). */
export function formatRecentInstant(instant: Date, timeZone: string, today: string, hourCycle: HourCycle): string {
  const { date, time } = localDateTimeParts(instant, timeZone);
  return `${formatShortDate(date, today)}, ${formatClock(time, hourCycle)}`;
}

/**
 * The instant a wall-clock date and time ("HH:mm") mean in a zone. In a DST gap (02:30 on a
 * spring-forward day) it is the instant just after the jump (03:30).
 */
export function instantIn(date: string, time: string, timeZone: string): Date {
  const wallClock = (day: string, hhmm: string) => {
    const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
    return toUtcMidnight(day).getTime() + (hours * 60 + minutes) * 60_000;
  };
  const wall = wallClock(date, time);
  const wallAt = (instant: number) => {
    const local = localDateTimeParts(new Date(instant), timeZone);
    return wallClock(local.date, local.time);
  };
  // The offset at the wall clock read as UTC, then the offset at that first guess: one of the two
  // guesses shows the wanted wall clock, unless it falls in a gap.
  const first = wall - (wallAt(wall) - wall);
  const second = wall - (wallAt(first) - first);
  const shown = [first, second].filter((candidate) => wallAt(candidate) === wall);
  return new Date(shown.length ? Math.min(...shown) : Math.max(first, second));
}
