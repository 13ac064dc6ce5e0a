import { addDays, WEEKDAY_SHORT_NAMES, weekdayOf } from "@/lib/dates";

// The scheduler's one-tap dates, from today's date in the user's zone (see todayIn).

export type QuickChoiceKey = "today" | "tomorrow" | "weekend" | "nextWeek";
export type QuickChoice = { key: QuickChoiceKey; label: string; date: string; weekday: string };

const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;

/** Saturday of this week; on a Saturday or a Sunday, today (the weekend is already here). */
export function thisWeekend(today: string): string {
  const weekday = weekdayOf(today);
  if (weekday === SATURDAY || weekday === SUNDAY) return today;
  return addDays(today, SATURDAY - weekday);
}

/** The next Monday, never today: on a Monday, the one a week later. */
export function nextWeek(today: string): string {
  const days = (MONDAY - weekdayOf(today) + 7) % 7;
  return addDays(today, days === 0 ? 7 : days);
}

export function quickChoices(today: string): QuickChoice[] {
  const choices: [QuickChoiceKey, string, string][] = [
    ["today", "Today", today],
    ["tomorrow", "Tomorrow", addDays(today, 1)],
    ["weekend", "This weekend", thisWeekend(today)],
    ["nextWeek", "Next week", nextWeek(today)],
  ];
  return choices.map(([key, label, date]) => ({
    key,
    label,
    date,
    weekday: WEEKDAY_SHORT_NAMES[weekdayOf(date)] ?? "",
  }));
}

/** A month's days as weeks from Monday to Sunday; null pads the first and last week. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let date = first; Number(date.slice(5, 7)) === month; date = addDays(date, 1)) cells.push(date);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
