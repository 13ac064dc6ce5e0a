import { daysInMonth } from "@/lib/dates";
import { NUMBER, numberValue, type Read, sticky } from "@/lib/quick-add/phrase-reading";
import type { WeekdayCode } from "@/lib/recurrence";

// The schedule of a repeat phrase, the words right after "every": "day", "other week", "3 months",
// "monday and thursday", "3rd friday", "last day", "year on mar 1", "month on the 1st", "27",
// "morning" (every day at 9:00, as Todoist reads the times of day).

export type Unit = "day" | "week" | "month" | "year";
/** `parts` are RRULE BY-parts such as "BYDAY=MO,TH"; `time` comes with "morning" and the like. */
export type Schedule = { parts: string[]; unit: Unit; interval: number; time?: string };

/** Todoist's times of day. */
const TIMES_OF_DAY: Record<string, string> = {
  morning: "09:00",
  afternoon: "12:00",
  evening: "19:00",
  night: "22:00",
};

const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?";
const WEEKDAY_LIST = `${WEEKDAY}s?(?:\\s*(?:,\\s*and|,|and)\\s*${WEEKDAY}s?)*`;
const MONTH =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth"];
const DAY_ORDINAL = "\\d{1,2}(?:st|nd|rd|th)";
const ORDINAL = `(?:${DAY_ORDINAL}|${ORDINAL_WORDS.join("|")}|last)`;
const LIST_SEPARATOR = "\\s*(?:,\\s*and|,|and)\\s*";

export function readSchedule(working: string, at: number): Read<Schedule> {
  const readers: ((working: string, at: number) => Read<Schedule>)[] = [
    readWeekdays,
    readNumberedWeekday,
    readNumberedWorkday,
    readLastDay,
    readDayOfYear,
    readMonthDay,
    readWeekdaySets,
    readTimeOfDay,
    readUnit,
    readBareMonthDay,
  ];
  for (const reader of readers) {
    const read = reader(working, at);
    if (read) return read;
  }
  return null;
}

/** "monday and thursday", "other friday". */
function readWeekdays(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(other\\s+)?(${WEEKDAY_LIST})`);
  if (!match) return null;
  const days = weekdayCodes(match[2] ?? "");
  const interval = match[1] ? 2 : 1;
  return { value: { unit: "week", interval, parts: [`BYDAY=${days.join(",")}`] }, end: at + match[0].length };
}

/** "3rd friday", "last monday", "2nd and 4th tuesday" (of the month). */
function readNumberedWeekday(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(${listOf(ORDINAL)})\\s+(${WEEKDAY})(?:\\s+of\\s+(?:the\\s+)?month)?`);
  const ordinals = listItems(match?.[1] ?? "").map(ordinalValue);
  const [day] = weekdayCodes(match?.[2] ?? "");
  if (!match || !day || ordinals.some((ordinal) => ordinal === null || Math.abs(ordinal) > 5)) return null;
  const byDay = ordinals.map((ordinal) => `${ordinal}${day}`).join(",");
  return { value: { unit: "month", interval: 1, parts: [`BYDAY=${byDay}`] }, end: at + match[0].length };
}

/** "last weekday", "first workday" (of the month). */
function readNumberedWorkday(working: string, at: number): Read<Schedule> {
  const match = sticky(
    working,
    at,
    `(${listOf(ORDINAL)})\\s+(?:weekday|workday|business day)(?:\\s+of\\s+(?:the\\s+)?month)?`,
  );
  const positions = listItems(match?.[1] ?? "").map(ordinalValue);
  if (!match || positions.some((position) => position === null || Math.abs(position) > 23)) return null;
  const parts = ["BYDAY=MO,TU,WE,TH,FR", `BYSETPOS=${positions.join(",")}`];
  return { value: { unit: "month", interval: 1, parts }, end: at + match[0].length };
}

function readLastDay(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, "last\\s+day(?:\\s+of\\s+(?:the\\s+)?month)?");
  if (!match) return null;
  return { value: { unit: "month", interval: 1, parts: ["BYMONTHDAY=-1"] }, end: at + match[0].length };
}

/** "15th", "1st and 15th" (of the month); not "6th monday", which no month has. */
function readMonthDay(working: string, at: number): Read<Schedule> {
  const pattern = `(${listOf(DAY_ORDINAL)})(?!\\s+${WEEKDAY})(?:\\s+of\\s+(?:the\\s+)?month)?`;
  const match = sticky(working, at, pattern);
  const days = listItems(match?.[1] ?? "").map((item) => Number.parseInt(item, 10));
  if (!match || days.some((day) => !(day >= 1 && day <= 31))) return null;
  return { value: { unit: "month", interval: 1, parts: [`BYMONTHDAY=${days.join(",")}`] }, end: at + match[0].length };
}

/** "mar 1", "1 march", "27th jan" (every year). */
function readDayOfYear(working: string, at: number): Read<Schedule> {
  const monthFirst = sticky(working, at, `(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?`);
  const dayFirst = monthFirst ? null : sticky(working, at, `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})`);
  const match = monthFirst ?? dayFirst;
  if (!match) return null;
  const [monthName, dayText] = monthFirst ? [match[1], match[2]] : [match[2], match[1]];
  const month = monthNumber(monthName ?? "");
  const day = Number(dayText);
  // 2024 is a leap year: "feb 29" exists, "feb 30" never does.
  if (!month || day < 1 || day > daysInMonth(2024, month)) return null;
  return {
    value: { unit: "year", interval: 1, parts: [`BYMONTH=${month}`, `BYMONTHDAY=${day}`] },
    end: at + match[0].length,
  };
}

function readWeekdaySets(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, "(weekday|workday|weekend)s?");
  if (!match) return null;
  const days = match[1]?.toLowerCase() === "weekend" ? "SA,SU" : "MO,TU,WE,TH,FR";
  return { value: { unit: "week", interval: 1, parts: [`BYDAY=${days}`] }, end: at + match[0].length };
}

/** "3 days", "2 weeks", "a month": the counted spans "after" takes ("after 3 days"). */
export function readSpan(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(a|an|${NUMBER})\\s+(day|week|month|year)s?`);
  if (!match) return null;
  const count = /^an?$/i.test(match[1] ?? "") ? 1 : numberValue(match[1] ?? "");
  if (count < 1) return null;
  const unit = (match[2]?.toLowerCase() ?? "day") as Unit;
  return { value: { unit, interval: count, parts: [] }, end: at + match[0].length };
}

/** "morning", "evening": every day at that time. */
function readTimeOfDay(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(${Object.keys(TIMES_OF_DAY).join("|")})`);
  const time = TIMES_OF_DAY[match?.[1]?.toLowerCase() ?? ""];
  if (!match || !time) return null;
  return { value: { unit: "day", interval: 1, parts: [], time }, end: at + match[0].length };
}

/** "27": the 27th of every month, as Todoist reads it (after readUnit, so "27 days" is not one). */
function readBareMonthDay(working: string, at: number): Read<Schedule> {
  // "every 12 hours" is not the 12th: hourly repeats are not supported, so those words stay text.
  const match = sticky(working, at, "(\\d{1,2})(?!\\s*(?:h|hrs?|hours?|mins?|minutes?)(?![\\p{L}]))");
  const day = Number(match?.[1]);
  if (!match || !(day >= 1 && day <= 31)) return null;
  return { value: { unit: "month", interval: 1, parts: [`BYMONTHDAY=${day}`] }, end: at + match[0].length };
}

/** "day", "other week", "3 months", "quarter", then "on monday" / "on the 1st" / "on mar 1" where it fits. */
function readUnit(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(?:(other|${NUMBER})\\s+)?(day|week|month|quarter|year)s?`);
  if (!match) return null;
  const word = match[2]?.toLowerCase() ?? "day";
  const unit = (word === "quarter" ? "month" : word) as Unit;
  const count = match[1] === undefined ? 1 : match[1].toLowerCase() === "other" ? 2 : numberValue(match[1]);
  const interval = word === "quarter" ? count * 3 : count;
  if (interval < 1) return null;
  const end = at + match[0].length;
  const on = sticky(working, end, "\\s+on\\s+(?:the\\s+)?", false);
  const detail = on ? readUnitDetail(unit, working, end + on[0].length) : null;
  const parts = detail?.value.parts ?? [];
  return { value: { unit, interval, parts }, end: detail?.end ?? end };
}

function readUnitDetail(unit: Unit, working: string, at: number): Read<Schedule> {
  if (unit === "week") return readWeekdays(working, at);
  if (unit === "month")
    return readNumberedWeekday(working, at) ?? readLastDay(working, at) ?? readMonthDay(working, at);
  if (unit === "year") return readDayOfYear(working, at);
  return null;
}

/** "1st", "1st and 15th", "2nd, 3rd and last". */
function listOf(item: string): string {
  return `(?:${item})(?:${LIST_SEPARATOR}(?:${item}))*`;
}

function listItems(list: string): string[] {
  return list.split(new RegExp(LIST_SEPARATOR, "i")).filter(Boolean);
}

function weekdayCodes(list: string): WeekdayCode[] {
  const codes: WeekdayCode[] = [];
  for (const [name] of list.toLowerCase().matchAll(/mon|tue|wed|thu|fri|sat|sun/g)) {
    const code = name.slice(0, 2).toUpperCase() as WeekdayCode;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function ordinalValue(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower === "last") return -1;
  const word = ORDINAL_WORDS.indexOf(lower);
  if (word >= 0) return word + 1;
  const number = Number.parseInt(lower, 10);
  return Number.isNaN(number) ? null : number;
}

/** 1–12 from any spelling MONTH accepts (each starts with the three-letter name); 0 otherwise. */
function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
