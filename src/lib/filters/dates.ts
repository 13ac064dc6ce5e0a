import { addDays, daysInMonth, isValidDateString, weekdayOf } from "@/lib/dates";
import type { DateRef } from "./ast";

// The days a query may name after `due before:`, `due after:` and `due:` (case-insensitive):
// `today`, `tomorrow`, `yesterday`, `next week` (next Monday, as in quick add), `2026-12-31`,
// `Dec 31` / `December 31` / `31 Dec` (the next such day, today included), and either with a year
// (`Dec 31 2027`, `31 Dec 2027`, `Dec 31, 2027`).

const RELATIVE: Record<string, number> = { today: 0, tomorrow: 1, yesterday: -1 };

const MONTHS = new Map<string, number>(
  [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may", "may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

const MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$/;

/** The day `text` names, or null when it names none (or one not on the calendar, such as Feb 30). */
export function readDate(text: string): DateRef | null {
  const words = text.trim().toLowerCase().replace(/\s+/g, " ");
  const relative = RELATIVE[words];
  if (relative !== undefined) return { kind: "relative", days: relative };
  if (words === "next week") return { kind: "nextWeek" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(words)) return isValidDateString(words) ? { kind: "date", date: words } : null;
  const monthFirst = MONTH_FIRST.exec(words);
  if (monthFirst) return monthDay(monthFirst[1], monthFirst[2], monthFirst[3]);
  const dayFirst = DAY_FIRST.exec(words);
  if (dayFirst) return monthDay(dayFirst[2], dayFirst[1], dayFirst[3]);
  return null;
}

function monthDay(monthName = "", dayText = "", yearText: string | undefined): DateRef | null {
  const month = MONTHS.get(monthName);
  const day = Number(dayText);
  if (month === undefined || day < 1) return null;
  if (yearText !== undefined) {
    const date = `${yearText}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return isValidDateString(date) ? { kind: "date", date } : null;
  }
  // Feb 29 exists in some year.
  return day <= daysInMonth(2024, month) ? { kind: "monthDay", month, day } : null;
}

/** The "YYYY-MM-DD" a day names, seen from `today` (the user's own date). */
export function resolveDate(ref: DateRef, today: string): string {
  switch (ref.kind) {
    case "relative":
      return addDays(today, ref.days);
    case "nextWeek":
      // Next Monday (a Monday's next week is seven days on).
      return addDays(today, (8 - weekdayOf(today)) % 7 || 7);
    case "date":
      return ref.date;
    case "monthDay":
      return nextMonthDay(ref.month, ref.day, today);
  }
}

function nextMonthDay(month: number, day: number, today: string): string {
  const year = Number(today.slice(0, 4));
  for (let ahead = 0; ahead <= 8; ahead++) {
    const candidate = `${year + ahead}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (isValidDateString(candidate) && candidate >= today) return candidate;
  }
  // Unreachable for a day readDate accepts (every Feb 29 comes within eight years).
  return today;
}
