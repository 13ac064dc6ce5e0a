import { dateAtStart } from "@/lib/quick-add/chrono-dates";
import type { Range } from "@/lib/quick-add/text";
import type { WeekdayCode } from "@/lib/recurrence";

// Repeat phrases after Todoist: "every"/"ev" (or "every!"/"ev!" to repeat from completion), a
// schedule ("day", "other week", "3 months", "monday and thursday", "3rd friday", "last day",
// "year on mar 1", "month on the 1st"), then in any order an optional time ("at 9am"), an end
// ("until jun 1", "for 6 weeks") and a start ("starting next month").

export type FoundRecurrence = Range & {
  rrule: string;
  from: "due" | "completion";
  time?: string;
  startDate?: string;
};

type Schedule = { parts: string[]; unit: Unit; interval: number };
type Unit = "day" | "week" | "month" | "year";

const FREQUENCY: Record<Unit, string> = { day: "DAILY", week: "WEEKLY", month: "MONTHLY", year: "YEARLY" };
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?";
const WEEKDAY_LIST = `${WEEKDAY}s?(?:\\s*(?:,|and|,\\s*and)\\s*${WEEKDAY}s?)*`;
const MONTH =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const NUMBER = `(?:\\d{1,3}|${NUMBER_WORDS.join("|")})`;
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth"];
const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join("|")}|last)`;
const END = "(?![\\p{L}\\p{N}_])";

/** The first repeat phrase in `working`, or null. `rrule` is not validated yet. */
export function findRecurrence(working: string, reference: Date): FoundRecurrence | null {
  for (const match of working.matchAll(/(?<![\p{L}\p{N}_])(every|ev)(!?)\s+/giu)) {
    const bodyStart = match.index + match[0].length;
    const schedule = readSchedule(working, bodyStart);
    if (!schedule) continue;
    const found: FoundRecurrence = {
      start: match.index,
      end: schedule.end,
      rrule: "",
      from: match[2] ? "completion" : "due",
    };
    const extras = readExtras(working, schedule.end, schedule.value, reference);
    found.end = extras.end;
    if (extras.time) found.time = extras.time;
    if (extras.startDate) found.startDate = extras.startDate;
    found.rrule = [
      `FREQ=${FREQUENCY[schedule.value.unit]}`,
      ...intervalPart(schedule.value),
      ...extras.parts,
      ...schedule.value.parts,
    ].join(";");
    return found;
  }
  return null;
}

function intervalPart(schedule: Schedule): string[] {
  return schedule.interval === 1 ? [] : [`INTERVAL=${schedule.interval}`];
}

type Read<T> = { value: T; end: number } | null;

/** `pattern` matched exactly at `at`; a whole word unless `wordEnd` is false (for "until " and such). */
function sticky(working: string, at: number, pattern: string, wordEnd = true): RegExpExecArray | null {
  const regex = new RegExp(wordEnd ? `${pattern}${END}` : pattern, "iuy");
  regex.lastIndex = at;
  return regex.exec(working);
}

function readSchedule(working: string, at: number): Read<Schedule> {
  const readers: ((working: string, at: number) => Read<Schedule>)[] = [
    readWeekdays,
    readNumberedWeekday,
    readLastDay,
    readDayOfYear,
    readMonthDay,
    readWeekdaySets,
    readUnit,
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

/** "3rd friday", "last monday" (of the month). */
function readNumberedWeekday(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(${ORDINAL})\\s+(${WEEKDAY})(?:\\s+of\\s+(?:the\\s+)?month)?`);
  const ordinal = ordinalValue(match?.[1] ?? "");
  const [day] = weekdayCodes(match?.[2] ?? "");
  if (!match || ordinal === null || !day || Math.abs(ordinal) > 5) return null;
  return { value: { unit: "month", interval: 1, parts: [`BYDAY=${ordinal}${day}`] }, end: at + match[0].length };
}

function readLastDay(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, "last\\s+day(?:\\s+of\\s+(?:the\\s+)?month)?");
  if (!match) return null;
  return { value: { unit: "month", interval: 1, parts: ["BYMONTHDAY=-1"] }, end: at + match[0].length };
}

/** "15th", "1st" (of the month). */
function readMonthDay(working: string, at: number): Read<Schedule> {
  const match = sticky(working, at, `(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(?:the\\s+)?month)?`);
  const day = Number(match?.[1]);
  if (!match || day < 1 || day > 31) return null;
  return { value: { unit: "month", interval: 1, parts: [`BYMONTHDAY=${day}`] }, end: at + match[0].length };
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
  if (!month || day < 1 || day > 31) return null;
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

type Extras = { end: number; parts: string[]; time?: string; startDate?: string };

function readExtras(working: string, at: number, schedule: Schedule, reference: Date): Extras {
  const extras: Extras = { end: at, parts: [] };
  let progressed = true;
  while (progressed) {
    progressed = false;
    const gap = sticky(working, extras.end, "\\s+", false);
    if (!gap) break;
    const next = extras.end + gap[0].length;
    const time = extras.time ? null : readTime(working, next);
    if (time) {
      extras.time = time.value;
      extras.end = time.end;
      progressed = true;
      continue;
    }
    const limit = extras.parts.length ? null : readLimit(working, next, schedule, reference);
    if (limit) {
      extras.parts.push(limit.value);
      extras.end = limit.end;
      progressed = true;
      continue;
    }
    const start = extras.startDate ? null : readStart(working, next, reference);
    if (start) {
      extras.startDate = start.value.date;
      if (start.value.time && !extras.time) extras.time = start.value.time;
      extras.end = start.end;
      progressed = true;
    }
  }
  return extras;
}

/** "at 9am", "9:30", "at 17:00", "5pm". */
function readTime(working: string, at: number): Read<string> {
  const match =
    sticky(working, at, "(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)") ??
    sticky(working, at, "(?:at\\s+)?(\\d{1,2}):(\\d{2})()") ??
    sticky(working, at, "at\\s+(\\d{1,2})()()");
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] || 0);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem && (hours < 1 || hours > 12)) return null;
  if (meridiem === "pm" && hours < 12) hours += 12;
  if (meridiem === "am" && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  const value = `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  return { value, end: at + match[0].length };
}

/** "until jun 1" (UNTIL) or "for 6 weeks" / "for 10 times" (COUNT). */
function readLimit(working: string, at: number, schedule: Schedule, reference: Date): Read<string> {
  const until = sticky(working, at, "until\\s+", false);
  if (until) {
    const date = dateAtStart(working.slice(at + until[0].length), reference);
    if (!date) return null;
    return { value: `UNTIL=${date.date.replaceAll("-", "")}`, end: at + until[0].length + date.end };
  }
  const forMatch = sticky(working, at, `for\\s+(${NUMBER})\\s+(times|days?|weeks?|months?|years?)`);
  if (!forMatch) return null;
  const count = countFor(numberValue(forMatch[1] ?? ""), forMatch[2]?.toLowerCase() ?? "", schedule);
  return count === null ? null : { value: `COUNT=${count}`, end: at + forMatch[0].length };
}

/** How many times a schedule fires in "for N <unit>", when that is a whole number. */
function countFor(amount: number, unitText: string, schedule: Schedule): number | null {
  if (unitText === "times") return amount;
  if (schedule.parts.length && !(schedule.unit === "week" && unitText.startsWith("week"))) return null;
  const inDays: Record<string, number> = { day: 1, week: 7 };
  const inMonths: Record<string, number> = { month: 1, year: 12 };
  const unit = unitText.replace(/s$/, "");
  const table = inDays[schedule.unit] !== undefined ? inDays : inMonths;
  const span = table[unit];
  const step = table[schedule.unit];
  if (span === undefined || step === undefined) return null;
  const count = (amount * span) / (step * schedule.interval);
  return Number.isInteger(count) && count >= 1 ? count : null;
}

/** "starting next month", "from jun 1", "starting tomorrow". */
function readStart(working: string, at: number, reference: Date): Read<{ date: string; time?: string }> {
  const starting = sticky(working, at, "(?:starting|from|beginning)\\s+", false);
  if (!starting) return null;
  const date = dateAtStart(working.slice(at + starting[0].length), reference);
  if (!date) return null;
  return { value: date, end: at + starting[0].length + date.end };
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

function numberValue(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 1 : Number(text);
}

function monthNumber(name: string): number {
  const index = MONTH.split("|").indexOf(name.toLowerCase());
  return index < 0 ? 0 : ([1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12][index] ?? 0);
}
