import * as chrono from "chrono-node";
import { formatDateString, localDateTimeParts } from "@/lib/dates";
import { quickAddChrono } from "@/lib/quick-add/month-day-parser";
import type { Range } from "@/lib/quick-add/text";

// Dates and times through chrono-node. chrono reads and writes the JS Date's local fields, so the
// reference is a local Date holding the user's wall clock, and results are read back field by field:
// the machine's own zone never shows through (except when the user's wall clock falls in a DST gap
// of the machine's zone, an accepted edge: then a time of day can be an hour off).

/** chrono says "tonight" is 22:00; a task for tonight is more useful at 20:00. */
const TONIGHT_TIME = "20:00";

const STEADY_REFERENCE = new Date(2001, 0, 15, 12, 0);
const STEADY_REFERENCE_WALL = Date.UTC(2001, 0, 15, 12, 0);

const RANGE_JOINT = /\s+(?:-|–|to|until|till|through)\s+/i;
const RELATIVE_WORDS = /\b(?:in|within|next|this|last|ago|from now|later)\b/i;

export type FoundDate = Range & { date: string; time?: string; hasDay: boolean };

export function chronoReference(now: Date, timeZone: string): Date {
  const { date, time } = localDateTimeParts(now, timeZone);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(year, month - 1, day, hours, minutes);
}

/** Every date or time chrono is sure of, past dates without a year rolled forward. */
export function findDates(working: string, reference: Date, clock: { now: Date; timeZone: string }): FoundDate[] {
  return quickAddChrono
    .parse(working, reference, { forwardDate: true })
    .filter(isCertainEnough)
    .map((result) => {
      const { start } = result;
      const date = formatDateString({
        year: start.get("year") ?? reference.getFullYear(),
        month: start.get("month") ?? reference.getMonth() + 1,
        day: start.get("day") ?? reference.getDate(),
      });
      const hasDay = start.isCertain("day") || start.isCertain("weekday");
      // chrono leaves the "at" of "at noon" out of the match; it belongs to the date.
      const at = /\bat\s+$/i.exec(working.slice(0, result.index));
      const from = at ? at.index : result.index;
      const found: FoundDate = { start: from, end: result.index + result.text.length, date, hasDay };
      if (result.tags().has("result/relativeDateAndTime")) {
        const local = localDateTimeParts(afterDuration(result.text, clock.now), clock.timeZone);
        return { ...found, date: local.date, time: local.time };
      }
      if (start.isCertain("hour")) found.time = timeOf(start);
      else if (result.tags().has("casualReference/tonight")) found.time = TONIGHT_TIME;
      return found;
    });
}

/** One date read at the very start of `working` (after "until", "starting"), or null. */
export function dateAtStart(working: string, reference: Date): { end: number; date: string; time?: string } | null {
  const result = quickAddChrono.parse(working, reference, { forwardDate: true })[0];
  if (result?.index !== 0 || isSlashDate(result)) return null;
  // chrono reads "aug 3 until aug 10" as one range; the start is only its first part (the end is read apart).
  const rangeJoint = result.end ? RANGE_JOINT.exec(result.text) : null;
  if (rangeJoint) return dateAtStart(working.slice(0, rangeJoint.index), reference);
  // "starting next month", "starting june": a month alone means its first day ("in 6 months" is a day).
  if (!isCertainEnough(result) && !result.start.isCertain("month")) return null;
  const { start } = result;
  const monthOnly = !start.isCertain("day") && !start.isCertain("weekday") && !/^in\s/i.test(result.text);
  const date = formatDateString({
    year: start.get("year") ?? reference.getFullYear(),
    month: start.get("month") ?? reference.getMonth() + 1,
    day: monthOnly ? 1 : (start.get("day") ?? 1),
  });
  const time = start.isCertain("hour") ? timeOf(start) : undefined;
  return time ? { end: result.text.length, date, time } : { end: result.text.length, date };
}

function isCertainEnough(result: chrono.ParsedResult): boolean {
  // "3/5" is 3 May in Paris and 5 March in Los Angeles: too ambiguous to guess.
  if (isSlashDate(result)) return false;
  // "Wait 2 days", "a day off": an amount of time is a date only with "in", "next", "from now"...
  if (result.tags().has("result/relativeDate") && !RELATIVE_WORDS.test(result.text)) return false;
  // "Buy sun cream", "Sat down with Bob": alone, these two are more often words than weekdays.
  if (/^(?:sun|sat)$/i.test(result.text)) return false;
  // "Call now", "Do it right now": urgency, not a due time.
  if (result.tags().has("casualReference/now")) return false;
  const { start } = result;
  return start.isCertain("day") || start.isCertain("weekday") || start.isCertain("hour");
}

function isSlashDate(result: chrono.ParsedResult): boolean {
  return result.tags().has("parser/SlashDateFormatParser");
}

/**
 * "in 2 hours" is real time, not wall-clock time: across a DST change the clock moves by more or
 * less, and chrono's own arithmetic slips when the machine's zone changes in between. So the phrase
 * is measured against a reference in mid-January, far from any zone's DST change, and added to now.
 */
function afterDuration(text: string, now: Date): Date {
  const result = chrono.casual.parse(text, STEADY_REFERENCE)[0];
  if (!result) return now;
  const field = (name: chrono.Component) => result.start.get(name) ?? 0;
  const wall = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"));
  return new Date(now.getTime() + wall - STEADY_REFERENCE_WALL);
}

function timeOf(components: chrono.ParsedComponents): string {
  return `${pad2(components.get("hour") ?? 0)}:${pad2(components.get("minute") ?? 0)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
