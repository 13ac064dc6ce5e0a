import { Frequency, type Options, RRule, Weekday } from "rrule";
import {
  addDays,
  calendarDateIn,
  compareDates,
  daysBetween,
  daysInMonth,
  fromUtcMidnight,
  parseDateString,
  toUtcMidnight,
} from "@/lib/dates";
import {
  parseRecurrenceRule,
  type RecurrenceAnchor,
  type RecurrenceFrequency,
  type RecurrenceRule,
  untilDate,
  WEEKDAY_CODES,
} from "@/lib/recurrence";

// The next date of a repeating task, computed with the `rrule` package. Kept apart from the rule
// parser (recurrence.ts) so that the browser, which only parses and describes rules, never loads rrule.

const MS_PER_DAY = 86_400_000;

export type NextOccurrenceInput = {
  rrule: string;
  from: RecurrenceAnchor;
  dueDate: string;
  dueTime: string | null;
  completedAt: Date;
  timeZone: string;
  occurrencesCompleted: number;
};

export type Occurrence = { dueDate: string; dueTime: string | null };

/**
 * The due date after the occurrence being completed now, or null when the series is over.
 * Throws a RangeError on an invalid rule, date or counter: those are validated when saved.
 */
export function nextOccurrence(input: NextOccurrenceInput): Occurrence | null {
  const parsed = parseRecurrenceRule(input.rrule);
  if (!parsed.ok) throw new RangeError(`Invalid repeat rule: ${parsed.error}`);
  const { rule } = parsed;
  if (!Number.isInteger(input.occurrencesCompleted) || input.occurrencesCompleted < 0) {
    throw new RangeError("occurrencesCompleted must be a whole number from 0.");
  }
  // The anchor moves with every completion, so rrule's own COUNT would restart each time: count here.
  if (rule.count !== null && input.occurrencesCompleted + 1 >= rule.count) return null;

  // `from: "due"` steps once from the current due date even when that date is long past, as
  // Todoist's "every" does: completing a daily task that is three days overdue makes it two days
  // overdue, it does not jump to today. Users who want "next after today" pick `from: "completion"`.
  const anchor = input.from === "due" ? input.dueDate : calendarDateIn(input.completedAt, input.timeZone);
  const until = rule.until ? untilDate(rule.until, input.timeZone) : null;
  const next = firstOccurrenceAfter(rule, anchor, until);
  return next === null ? null : { dueDate: next, dueTime: input.dueTime };
}

/** The first date strictly after `anchor` of the rule started at `anchor`, up to `until` (inclusive). */
function firstOccurrenceAfter(rule: RecurrenceRule, anchor: string, until: string | null): string | null {
  if (neverOccurs(rule)) return null;
  const horizon = searchHorizon(rule, anchor);
  const end = until !== null && compareDates(until, horizon) < 0 ? until : horizon;
  if (compareDates(end, anchor) <= 0) return null;
  if (rule.frequency === "DAILY") return firstDailyOccurrenceAfter(rule, anchor, end);
  const start = toUtcMidnight(anchor);
  const next = new RRule({ ...rruleOptions(rule), dtstart: start, until: toUtcMidnight(end) }).after(start, false);
  return next ? fromUtcMidnight(next) : null;
}

/**
 * How far to look before giving up on a rare rule. 200 years (or 8 intervals, for "every 100 years
 * on 29 February") covers any real series.
 */
function searchHorizon(rule: RecurrenceRule, anchor: string): string {
  const intervalYears = { DAILY: 0, WEEKLY: 0, MONTHLY: Math.ceil(rule.interval / 12), YEARLY: rule.interval }[
    rule.frequency
  ];
  const year = Math.min(9999, parseDateString(anchor).year + Math.max(200, intervalYears * 8));
  return `${year}-12-31`;
}

/**
 * Rules whose parts can never meet, like "31 February" or "the 2nd of a one-day set". They matter
 * because rrule checks UNTIL only when a date matches: a rule that never matches runs on to year
 * 9999, which takes up to seconds for weekly rules.
 */
function neverOccurs(rule: RecurrenceRule): boolean {
  const months = rule.byMonth.length ? rule.byMonth : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const someMonthHasADay =
    !rule.byMonthDay.length ||
    months.some((month) => rule.byMonthDay.some((day) => Math.abs(day) <= daysInMonth(2000, month)));
  const largestSet = largestSetSize(rule);
  const somePositionFits = !rule.bySetPos.length || rule.bySetPos.some((position) => Math.abs(position) <= largestSet);
  return !someMonthHasADay || !somePositionFits;
}

/** An upper bound on how many days one period (a day, week, month or year) can hold, for BYSETPOS. */
function largestSetSize(rule: RecurrenceRule): number {
  const plainWeekdays = new Set(rule.byDay.filter((day) => day.ordinal === null).map((day) => day.weekday)).size;
  const numberedDays = rule.byDay.length - plainWeekdays;
  const months = rule.byMonth.length || 12;
  let size = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 }[rule.frequency];
  if (rule.frequency === "WEEKLY") size = rule.byDay.length ? plainWeekdays : 1;
  if (rule.frequency === "MONTHLY" && rule.byMonthDay.length) size = Math.min(size, rule.byMonthDay.length);
  if (rule.frequency === "MONTHLY" && rule.byDay.length) size = Math.min(size, 5 * plainWeekdays + numberedDays);
  if (rule.frequency === "YEARLY" && rule.byMonthDay.length) size = Math.min(size, months * rule.byMonthDay.length);
  if (rule.frequency === "YEARLY" && rule.byDay.length) {
    const weekdaysPerYear = rule.byMonth.length ? months * 5 : 53;
    size = Math.min(size, weekdaysPerYear * plainWeekdays + months * numberedDays);
  }
  return size;
}

/**
 * Daily rules are stepped here rather than by rrule: rrule visits every day up to year 9999 when the
 * filters never match (e.g. INTERVAL=7;BYDAY=MO from a Tuesday), which takes seconds. A daily rule
 * only filters single days (BYDAY here has no ordinals, and BYSETPOS 1 or -1 keeps the day).
 */
function firstDailyOccurrenceAfter(rule: RecurrenceRule, anchor: string, end: string): string | null {
  const last = toUtcMidnight(end).getTime();
  const step = rule.interval * MS_PER_DAY;
  for (let time = toUtcMidnight(anchor).getTime() + step; time <= last; time += step) {
    const day = new Date(time);
    if (matchesDailyFilters(rule, day)) return fromUtcMidnight(day);
  }
  return null;
}

function matchesDailyFilters(rule: RecurrenceRule, day: Date): boolean {
  const month = day.getUTCMonth() + 1;
  const dayOfMonth = day.getUTCDate();
  const fromMonthEnd = dayOfMonth - daysInMonth(day.getUTCFullYear(), month) - 1;
  const weekday = WEEKDAY_CODES[(day.getUTCDay() + 6) % 7];
  return (
    (!rule.byMonth.length || rule.byMonth.includes(month)) &&
    (!rule.byMonthDay.length || rule.byMonthDay.includes(dayOfMonth) || rule.byMonthDay.includes(fromMonthEnd)) &&
    (!rule.byDay.length || rule.byDay.some((entry) => entry.weekday === weekday))
  );
}

const RRULE_FREQUENCIES: Record<RecurrenceFrequency, Frequency> = {
  DAILY: Frequency.DAILY,
  WEEKLY: Frequency.WEEKLY,
  MONTHLY: Frequency.MONTHLY,
  YEARLY: Frequency.YEARLY,
};

function rruleOptions(rule: RecurrenceRule): Partial<Options> {
  return {
    freq: RRULE_FREQUENCIES[rule.frequency],
    interval: rule.interval,
    wkst: rule.weekStart ? WEEKDAY_CODES.indexOf(rule.weekStart) : null,
    byweekday: rule.byDay.length
      ? rule.byDay.map((day) => new Weekday(WEEKDAY_CODES.indexOf(day.weekday), day.ordinal ?? undefined))
      : null,
    bymonthday: rule.byMonthDay.length ? rule.byMonthDay : null,
    bymonth: rule.byMonth.length ? rule.byMonth : null,
    bysetpos: rule.bySetPos.length ? rule.bySetPos : null,
    tzid: null,
  };
}

export type SeriesInput = { rrule: string; dueDate: string; timeZone: string; occurrencesCompleted: number };

/**
 * The dates from `from` to `end` (both included) of a series counted from its due date (the current
 * occurrence, `dueDate`, then the rule's), at most `limit`: the same dates as calling {@link nextOccurrence}
 * (`from: "due"`) again from each, in one pass (the calendar expands a range with it). A plain daily or
 * weekly rule is stepped arithmetically, straight to `from`; others go through rrule once.
 */
export function seriesDates(input: SeriesInput, from: string, end: string, limit: number): string[] {
  const parsed = parseRecurrenceRule(input.rrule);
  if (!parsed.ok) throw new RangeError(`Invalid repeat rule: ${parsed.error}`);
  const { rule } = parsed;
  // The current occurrence is one of COUNT; those completed before it are the others used up.
  const total = rule.count === null ? Number.POSITIVE_INFINITY : Math.max(1, rule.count - input.occurrencesCompleted);
  const until = rule.until ? untilDate(rule.until, input.timeZone) : null;
  const last = until !== null && compareDates(until, end) < 0 ? until : end;
  const dates: string[] = [];
  const keep = (date: string) => {
    if (compareDates(date, from) >= 0 && compareDates(date, end) <= 0) dates.push(date);
    return dates.length < limit;
  };
  if (!keep(input.dueDate) || total === 1 || neverOccurs(rule) || compareDates(last, input.dueDate) <= 0) return dates;

  const plain = !rule.byDay.length && !rule.byMonthDay.length && !rule.byMonth.length && !rule.bySetPos.length;
  if (plain && (rule.frequency === "DAILY" || rule.frequency === "WEEKLY")) {
    const step = rule.interval * (rule.frequency === "DAILY" ? 1 : 7);
    const first = Math.max(1, Math.ceil(daysBetween(input.dueDate, from) / step));
    for (let index = first; index < total; index++) {
      const date = addDays(input.dueDate, index * step);
      if (compareDates(date, last) > 0 || !keep(date)) break;
    }
    return dates;
  }
  let count = 1;
  if (rule.frequency === "DAILY") {
    const step = rule.interval * MS_PER_DAY;
    const stop = toUtcMidnight(last).getTime();
    for (let time = toUtcMidnight(input.dueDate).getTime() + step; time <= stop && count < total; time += step) {
      const day = new Date(time);
      if (!matchesDailyFilters(rule, day)) continue;
      count += 1;
      if (!keep(fromUtcMidnight(day))) break;
    }
    return dates;
  }
  const start = toUtcMidnight(input.dueDate);
  new RRule({ ...rruleOptions(rule), dtstart: start, until: toUtcMidnight(last) }).all((date) => {
    if (date.getTime() <= start.getTime()) return true;
    count += 1;
    return keep(fromUtcMidnight(date)) && count < total;
  });
  return dates;
}
