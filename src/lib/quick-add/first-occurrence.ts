import { addDays, daysInMonth, formatDateString, parseDateString, weekdayOf } from "@/lib/dates";
import type { RecurrenceRule } from "@/lib/recurrence";
import { WEEKDAY_CODES } from "@/lib/recurrence";

// The first date of a new series, without the rrule package (this ships to the browser): the
// quick-add rules only filter days by month, month day, (numbered) weekday and position in the
// month, so walking the calendar day by day from the start finds it. INTERVAL does not matter:
// the first date anchors the series.
// Numbered weekdays ("3FR") are counted within the month: quick add only writes them in monthly rules.

/** Four years and a day: enough for "every year on feb 29". */
const SEARCH_DAYS = 4 * 366 + 1;
const SUNDAY_FIRST = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

export function firstOccurrenceOnOrAfter(rule: RecurrenceRule, start: string): string {
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const date = addDays(start, offset);
    if (matches(rule, date)) return date;
  }
  return start;
}

function matches(rule: RecurrenceRule, date: string): boolean {
  if (!matchesByParts(rule, date)) return false;
  if (!rule.bySetPos.length) return true;
  // BYSETPOS picks among the month's matching days: "the last weekday" is the last of them.
  const { year, month } = parseDateString(date);
  const candidates: string[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const candidate = formatDateString({ year, month, day });
    if (matchesByParts(rule, candidate)) candidates.push(candidate);
  }
  return rule.bySetPos.some((position) => candidates.at(position > 0 ? position - 1 : position) === date);
}

function matchesByParts(rule: RecurrenceRule, date: string): boolean {
  const { year, month, day } = parseDateString(date);
  const lastDay = daysInMonth(year, month);
  if (rule.byMonth.length && !rule.byMonth.includes(month)) return false;
  if (rule.byMonthDay.length && !rule.byMonthDay.some((wanted) => wanted === day || lastDay + wanted + 1 === day)) {
    return false;
  }
  if (!rule.byDay.length) return true;
  const weekday = SUNDAY_FIRST[weekdayOf(date)] ?? WEEKDAY_CODES[0];
  return rule.byDay.some(({ weekday: wanted, ordinal }) => {
    if (wanted !== weekday) return false;
    if (ordinal === null) return true;
    const nth = ordinal > 0 ? Math.ceil(day / 7) : -Math.ceil((lastDay - day + 1) / 7);
    return nth === ordinal;
  });
}
