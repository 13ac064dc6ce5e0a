import "server-only";
import { addDays, instantIn } from "@/lib/dates";
import { formatRecurrenceRule, parseRecurrenceRule, type RecurrenceAnchor, untilDate } from "@/lib/recurrence";
import { timeZoneComponent } from "./vtimezone";

// The iCalendar (RFC 5545) text of a feed: pure, so it is tested without a database. Lines end with CRLF
// and are folded at 75 octets; TEXT values are escaped.

/** A dated open task, as the feed shows it. */
export type FeedTask = {
  id: string;
  title: string;
  description: string;
  dueDate: string;
  /** "HH:mm" or "HH:mm:ss" wall-clock time in the user's zone; null: all day. */
  dueTime: string | null;
  recurrenceRule: string | null;
  recurrenceFrom: RecurrenceAnchor | null;
  occurrencesCompleted: number;
  updatedAt: Date;
  /** Absolute address of the task in the app. */
  url: string;
};

export type FeedDocument = {
  /** The calendar's name, shown by the app that subscribes (X-WR-CALNAME). */
  name: string;
  timeZone: string;
  tasks: readonly FeedTask[];
  /** Years the time zone's definition covers from (the feed's first year); to is ten years after `now`. */
  now: Date;
};

const PRODUCT_ID = "-//Tasklane//Calendar feed//EN";
const UID_DOMAIN = "tasklane";

/**
 * RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as `\n`; other control characters
 * (which TEXT may not hold, tab aside) dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is removed.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n?|\n/g, "\\n")
  );
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with a space; a split
 * never falls inside a UTF-8 character (nor between a surrogate pair).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

const compactDate = (date: string) => date.replaceAll("-", "");
const compactTime = (time: string) => `${time.slice(0, 2)}${time.slice(3, 5)}00`;
export const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

const isUtc = (timeZone: string) => timeZone === "UTC" || timeZone === "Etc/UTC";

/** DTSTART (and, all day, DTEND): a DATE, a UTC time for a UTC user, else a local time with TZID. */
function startLines(task: FeedTask, timeZone: string): string[] {
  if (!task.dueTime) {
    return [
      `DTSTART;VALUE=DATE:${compactDate(task.dueDate)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(task.dueDate, 1))}`,
    ];
  }
  if (isUtc(timeZone)) return [`DTSTART:${compactDate(task.dueDate)}T${compactTime(task.dueTime)}Z`];
  return [`DTSTART;TZID=${timeZone}:${compactDate(task.dueDate)}T${compactTime(task.dueTime)}`];
}

/**
 * The task's RRULE, anchored at its current due date: COUNT becomes what is left of the series, and
 * UNTIL takes the form RFC 5545 requires beside DTSTART (a DATE for all-day tasks, a UTC time for timed
 * ones). A repeat counted from completion has no fixed future dates, so it has no RRULE: the event is
 * the next occurrence, and its description says how it repeats.
 */
export function recurrenceLine(task: FeedTask, timeZone: string): string | null {
  if (!task.recurrenceRule || task.recurrenceFrom !== "due") return null;
  const parsed = parseRecurrenceRule(task.recurrenceRule);
  if (!parsed.ok) return null;
  const rule = { ...parsed.rule };
  if (rule.count !== null) rule.count = Math.max(1, rule.count - task.occurrencesCompleted);
  if (rule.until) {
    const lastDate = untilDate(rule.until, timeZone);
    rule.until = task.dueTime
      ? { kind: "instant", instant: instantIn(lastDate, "23:59", timeZone) }
      : { kind: "date", date: lastDate };
  }
  return `RRULE:${formatRecurrenceRule(rule)}`;
}

const COMPLETION_NOTE = "Repeats after each completion: the next date follows the day it is done.";

function eventLines(task: FeedTask, timeZone: string): string[] {
  const rrule = recurrenceLine(task, timeZone);
  const notes = [task.description.trim(), task.recurrenceFrom === "completion" ? COMPLETION_NOTE : ""].filter(Boolean);
  return [
    "BEGIN:VEVENT",
    `UID:${task.id}@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp(task.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(task.updatedAt)}`,
    ...startLines(task, timeZone),
    ...(rrule ? [rrule] : []),
    `SUMMARY:${escapeText(task.title)}`,
    ...(notes.length ? [`DESCRIPTION:${escapeText(notes.join("\n\n"))}`] : []),
    `URL:${task.url}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** The whole calendar: a VTIMEZONE for the user's zone when a task has a time, then one VEVENT per task. */
export function calendarDocument({ name, timeZone, tasks, now }: FeedDocument): string {
  const timed = tasks.filter((task) => task.dueTime !== null);
  const needsZone = timed.length > 0 && !isUtc(timeZone);
  const nowYear = now.getUTCFullYear();
  const firstYear = Math.min(nowYear, ...timed.map((task) => Number(task.dueDate.slice(0, 4))));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...(needsZone ? timeZoneComponent(timeZone, Math.max(firstYear, nowYear - 20), nowYear + 10) : []),
    ...tasks.flatMap((task) => eventLines(task, timeZone)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
