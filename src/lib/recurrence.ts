import { calendarDateIn, isValidDateString, MONTH_SHORT_NAMES, parseDateString } from "@/lib/dates";

// Repeat rules: parsing, the stored spelling and the words shown for them. A recurring task is one row
// holding an RFC 5545 RRULE value without DTSTART; the rule is anchored on the fly at the current due
// date (`from: "due"`, Todoist's "every") or at the day it was completed (`from: "completion"`,
// Todoist's "every!"). The next date itself is computed in next-occurrence.ts, on the server only.

export const RECURRENCE_RULE_MAX_LENGTH = 500;
export const RECURRENCE_NUMBER_MAX = 1000;
export const RECURRENCE_FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
export const RECURRENCE_ANCHORS = ["due", "completion"] as const;
export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];
export type RecurrenceAnchor = (typeof RECURRENCE_ANCHORS)[number];
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** One BYDAY entry: "3FR" is { weekday: "FR", ordinal: 3 }, "MO" is { weekday: "MO", ordinal: null }. */
export type ByDay = { weekday: WeekdayCode; ordinal: number | null };

/** UNTIL as written: a calendar date, or a UTC instant that is read in the user's zone. */
export type RecurrenceUntil = { kind: "date"; date: string } | { kind: "instant"; instant: Date };

export type RecurrenceRule = {
  frequency: RecurrenceFrequency;
  interval: number;
  count: number | null;
  until: RecurrenceUntil | null;
  byDay: ByDay[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  weekStart: WeekdayCode | null;
};

export type ParseRecurrenceResult = { ok: true; rule: RecurrenceRule } | { ok: false; error: string };

const FREQUENCY_ERROR = "Repeat rules can only be daily, weekly, monthly or yearly.";
const TIME_PARTS = new Set(["BYHOUR", "BYMINUTE", "BYSECOND"]);
const UNSUPPORTED_PARTS = new Set(["BYYEARDAY", "BYWEEKNO", "RSCALE", "SKIP"]);
const BY_DAY_PATTERN = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const INTEGER_PATTERN = /^[+-]?\d{1,4}$/;
const UNTIL_PATTERN = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/;

class RuleError extends Error {}

/** Validates an RRULE value from anywhere (forms, API, agents). Never throws. */
export function parseRecurrenceRule(rrule: string): ParseRecurrenceResult {
  try {
    return { ok: true, rule: parseRuleOrThrow(rrule) };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, error: error.message };
    return { ok: false, error: "That repeat rule could not be read." };
  }
}

/** The canonical RRULE text of a parsed rule (upper case, fixed part order), for storing. */
export function formatRecurrenceRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.frequency}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${formatUntil(rule.until)}`);
  if (rule.byMonth.length) parts.push(`BYMONTH=${rule.byMonth.join(",")}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(",")}`);
  if (rule.byDay.length) parts.push(`BYDAY=${rule.byDay.map((day) => `${day.ordinal ?? ""}${day.weekday}`).join(",")}`);
  if (rule.bySetPos.length) parts.push(`BYSETPOS=${rule.bySetPos.join(",")}`);
  if (rule.weekStart) parts.push(`WKST=${rule.weekStart}`);
  return parts.join(";");
}

function parseRuleOrThrow(input: string): RecurrenceRule {
  if (typeof input !== "string") throw new RuleError("Enter a repeat rule.");
  if (input.length > RECURRENCE_RULE_MAX_LENGTH) {
    throw new RuleError(`A repeat rule can be at most ${RECURRENCE_RULE_MAX_LENGTH} characters.`);
  }
  const text = input.trim().toUpperCase().replace(/;$/, "");
  if (!text) throw new RuleError("Enter a repeat rule.");
  if (text.startsWith("RRULE:")) throw new RuleError("Leave out the RRULE: prefix.");

  const values = new Map<string, string>();
  for (const part of text.split(";")) {
    const separator = part.indexOf("=");
    const key = separator > 0 ? part.slice(0, separator) : "";
    const value = part.slice(separator + 1);
    if (!/^[A-Z-]{1,20}$/.test(key) || !value)
      throw new RuleError("Write the rule as parts like FREQ=WEEKLY;BYDAY=MO.");
    if (values.has(key)) throw new RuleError(`${key} appears more than once.`);
    values.set(key, value);
  }
  for (const key of values.keys()) checkPartIsAllowed(key);

  const frequency = parseFrequency(values.get("FREQ"));
  const rule: RecurrenceRule = {
    frequency,
    interval: parseBoundedNumber(values.get("INTERVAL"), "INTERVAL") ?? 1,
    count: parseBoundedNumber(values.get("COUNT"), "COUNT"),
    until: parseUntil(values.get("UNTIL")),
    byDay: parseByDay(values.get("BYDAY"), frequency),
    byMonthDay: parseIntegerList(values.get("BYMONTHDAY"), 31, "BYMONTHDAY must list days from 1 to 31 or -1 to -31."),
    byMonth: parseIntegerList(values.get("BYMONTH"), 12, "BYMONTH must list months from 1 to 12.", false),
    bySetPos: parseIntegerList(
      values.get("BYSETPOS"),
      366,
      "BYSETPOS must list positions from 1 to 366 or -1 to -366.",
    ),
    weekStart: parseWeekStart(values.get("WKST")),
  };
  checkCombinations(rule);
  return rule;
}

function checkPartIsAllowed(key: string): void {
  if (key === "DTSTART") throw new RuleError("Leave out DTSTART: a repeat starts from the task's due date.");
  if (TIME_PARTS.has(key))
    throw new RuleError("Repeat rules work on whole days: BYHOUR, BYMINUTE and BYSECOND are not supported.");
  if (UNSUPPORTED_PARTS.has(key)) throw new RuleError(`${key} is not supported in repeat rules.`);
  const known = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"];
  if (!known.includes(key)) throw new RuleError(`Unknown repeat rule part: ${key}.`);
}

function parseFrequency(value: string | undefined): RecurrenceFrequency {
  if (value === undefined) throw new RuleError("Say how often it repeats: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.");
  const frequency = RECURRENCE_FREQUENCIES.find((candidate) => candidate === value);
  if (!frequency) throw new RuleError(FREQUENCY_ERROR);
  return frequency;
}

function parseBoundedNumber(value: string | undefined, name: "INTERVAL" | "COUNT"): number | null {
  if (value === undefined) return null;
  const number = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 1 && number <= RECURRENCE_NUMBER_MAX)) {
    throw new RuleError(`${name} must be a whole number from 1 to ${RECURRENCE_NUMBER_MAX}.`);
  }
  return number;
}

function parseUntil(value: string | undefined): RecurrenceUntil | null {
  if (value === undefined) return null;
  const match = UNTIL_PATTERN.exec(value);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
  if (!match || !isValidDateString(date))
    throw new RuleError("UNTIL must be a date like 20260601 or 20260601T235959Z.");
  if (match[4] === undefined) return { kind: "date", date };
  const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (hours > 23 || minutes > 59 || seconds > 59) {
    throw new RuleError("UNTIL must be a date like 20260601 or 20260601T235959Z.");
  }
  return { kind: "instant", instant: new Date(`${date}T${match[4]}:${match[5]}:${match[6]}Z`) };
}

function parseByDay(value: string | undefined, frequency: RecurrenceFrequency): ByDay[] {
  if (value === undefined) return [];
  return value.split(",").map((item) => {
    const match = BY_DAY_PATTERN.exec(item);
    const weekday = WEEKDAY_CODES.find((code) => code === match?.[2]);
    if (!match || !weekday)
      throw new RuleError("BYDAY must list days like MO,TH or 3FR (3rd Friday) or -1FR (last Friday).");
    if (match[1] === undefined) return { weekday, ordinal: null };
    const ordinal = Number(match[1]);
    if (frequency !== "MONTHLY" && frequency !== "YEARLY") {
      throw new RuleError("Numbered days like 3FR only work in monthly or yearly rules.");
    }
    const limit = frequency === "MONTHLY" ? 5 : 53;
    if (ordinal === 0 || Math.abs(ordinal) > limit) {
      throw new RuleError(
        `A numbered day in a ${frequency.toLowerCase()} rule goes from 1 to ${limit} or -1 to -${limit}.`,
      );
    }
    return { weekday, ordinal };
  });
}

function parseIntegerList(value: string | undefined, limit: number, error: string, allowNegative = true): number[] {
  if (value === undefined) return [];
  return value.split(",").map((item) => {
    const number = INTEGER_PATTERN.test(item) ? Number(item) : Number.NaN;
    const inRange = number !== 0 && Math.abs(number) <= limit && (allowNegative || number > 0);
    if (!inRange) throw new RuleError(error);
    return number;
  });
}

function parseWeekStart(value: string | undefined): WeekdayCode | null {
  if (value === undefined) return null;
  const weekStart = WEEKDAY_CODES.find((code) => code === value);
  if (!weekStart) throw new RuleError("WKST must be a day like MO or SU.");
  return weekStart;
}

function checkCombinations(rule: RecurrenceRule): void {
  if (rule.count !== null && rule.until !== null) throw new RuleError("Use COUNT or UNTIL, not both.");
  if (rule.frequency === "WEEKLY" && rule.byMonthDay.length) {
    throw new RuleError("BYMONTHDAY does not work in weekly rules.");
  }
  const hasOtherByPart = rule.byDay.length || rule.byMonthDay.length || rule.byMonth.length;
  if (rule.bySetPos.length && !hasOtherByPart) throw new RuleError("BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH.");
}

function formatUntil(until: RecurrenceUntil): string {
  if (until.kind === "date") return until.date.replaceAll("-", "");
  return until.instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

// ---------------------------------------------------------------------------------------------
// Description

const WEEKDAY_LABELS: Record<WeekdayCode, string> = {
  MO: "Mon",
  TU: "Tue",
  WE: "Wed",
  TH: "Thu",
  FR: "Fri",
  SA: "Sat",
  SU: "Sun",
};
const UNITS: Record<RecurrenceFrequency, string> = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" };

/**
 * Short English text for a rule: "Every 2 weeks on Mon, Thu", "Every month on the last day after
 * completion, 6 times". A datetime UNTIL is shown as its date in `timeZone`.
 */
export function describeRecurrence(rrule: string, from: RecurrenceAnchor, timeZone = "UTC"): string {
  const parsed = parseRecurrenceRule(rrule);
  if (!parsed.ok) return "Repeats";
  const { rule } = parsed;
  let text = describeSchedule(rule);
  if (from === "completion") text += " after completion";
  if (rule.count !== null) text += rule.count === 1 ? ", once" : `, ${rule.count} times`;
  if (rule.until) text += `, until ${formatFullDate(untilDate(rule.until, timeZone))}`;
  return text;
}

function describeSchedule(rule: RecurrenceRule): string {
  const plainDays = rule.byDay.every((day) => day.ordinal === null) && !rule.bySetPos.length;
  const isDailyOrWeekly = rule.frequency === "DAILY" || rule.frequency === "WEEKLY";
  if (isDailyOrWeekly && rule.interval === 1 && rule.byDay.length && plainDays && !rule.byMonth.length) {
    return isWeekdaySet(rule.byDay) ? "Every weekday" : `Every ${listWeekdays(rule.byDay)}`;
  }
  const every =
    rule.interval === 1 ? `Every ${UNITS[rule.frequency]}` : `Every ${rule.interval} ${UNITS[rule.frequency]}s`;
  const months = rule.byMonth.map((month) => MONTH_SHORT_NAMES[month - 1]).join(", ");
  const days = describeDays(rule);

  if (rule.frequency === "YEARLY" && rule.byMonth.length === 1 && rule.byMonthDay.length === 1) {
    const [monthDay = 1] = rule.byMonthDay;
    if (monthDay > 0 && !rule.byDay.length && !rule.bySetPos.length) return `${every} on ${monthDay} ${months}`;
  }
  if (rule.frequency === "YEARLY" && days && months) return `${every} on ${days} of ${months}`;
  return `${every}${days ? ` on ${days}` : ""}${months ? ` in ${months}` : ""}`;
}

/** "the 3rd Fri", "the last day", "the 1st, 15th", "the last weekday", "Mon, Thu". */
function describeDays(rule: RecurrenceRule): string {
  const phrases: string[] = [];
  if (rule.byMonthDay.length) {
    const only = rule.byMonthDay.length === 1 && !rule.byDay.length;
    const list = rule.byMonthDay.map((day) => ordinalWord(day)).join(", ");
    phrases.push(
      only && rule.byMonthDay[0] !== undefined && rule.byMonthDay[0] < 0 ? `the ${list} day` : `the ${list}`,
    );
  }
  const numbered = rule.byDay.filter((day) => day.ordinal !== null);
  const plain = rule.byDay.filter((day) => day.ordinal === null);
  if (numbered.length) {
    phrases.push(
      numbered.map((day) => `the ${ordinalWord(day.ordinal ?? 1)} ${WEEKDAY_LABELS[day.weekday]}`).join(", "),
    );
  }
  if (plain.length && rule.bySetPos.length) {
    const positions = rule.bySetPos.map((position) => ordinalWord(position)).join(" and ");
    phrases.push(`the ${positions} ${weekdaySetNoun(plain)}`);
  } else if (plain.length) {
    phrases.push(isWeekdaySet(plain) ? "weekdays" : listWeekdays(plain));
  }
  return phrases.join(" and ");
}

function weekdaySetNoun(days: ByDay[]): string {
  if (isWeekdaySet(days)) return "weekday";
  const codes = new Set(days.map((day) => day.weekday));
  if (codes.size === 2 && codes.has("SA") && codes.has("SU")) return "weekend day";
  if (codes.size === 7) return "day";
  return listWeekdays(days, " or ");
}

function isWeekdaySet(days: ByDay[]): boolean {
  const codes = new Set(days.map((day) => day.weekday));
  return codes.size === 5 && ["MO", "TU", "WE", "TH", "FR"].every((code) => codes.has(code as WeekdayCode));
}

function listWeekdays(days: ByDay[], separator = ", "): string {
  const ordered = [...new Set(days.map((day) => day.weekday))].sort(
    (a, b) => WEEKDAY_CODES.indexOf(a) - WEEKDAY_CODES.indexOf(b),
  );
  return ordered.map((code) => WEEKDAY_LABELS[code]).join(separator);
}

/** 1 → "1st", 22 → "22nd", -1 → "last", -2 → "2nd-to-last". */
function ordinalWord(position: number): string {
  if (position === -1) return "last";
  if (position < 0) return `${ordinalWord(-position)}-to-last`;
  const lastTwo = position % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[position % 10];
  return `${position}${suffix ?? "th"}`;
}

function formatFullDate(date: string): string {
  const { year, month, day } = parseDateString(date);
  return `${day} ${MONTH_SHORT_NAMES[month - 1]} ${year}`;
}

/** The last date of a series: an UNTIL instant is read as a date in the user's zone. */
export function untilDate(until: RecurrenceUntil, timeZone: string): string {
  return until.kind === "date" ? until.date : calendarDateIn(until.instant, timeZone);
}
