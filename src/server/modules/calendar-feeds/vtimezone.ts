import "server-only";
import { localDateTimeParts, toUtcMidnight } from "@/lib/dates";

// A VTIMEZONE for an IANA zone, from the engine's own time-zone data (Intl): one observance per offset
// change between two years, each with its exact date, so a calendar that reads the definition (rather
// than trusting the zone's name) shows every timed task at the wall-clock time it was set for, on both
// sides of every DST change. After the last year the last offset holds.

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

/** The zone's offset from UTC at an instant, in minutes (east positive). */
function offsetMinutes(instant: number, timeZone: string): number {
  const { date, time } = localDateTimeParts(new Date(instant), timeZone);
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const wall = toUtcMidnight(date).getTime() + (hours * 60 + minutes) * MINUTE;
  return Math.round((wall - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

type Transition = { at: number; from: number; to: number };

/** Offset changes in [start, end): a weekly scan, then a search to the minute inside the week that changed. */
function transitions(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let before = offsetMinutes(start, timeZone);
  for (let low = start; low < end; low += WEEK) {
    const high = Math.min(low + WEEK, end);
    const after = offsetMinutes(high, timeZone);
    if (after === before) continue;
    let [a, b] = [low, high];
    while (b - a > MINUTE) {
      const middle = a + Math.floor((b - a) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(middle, timeZone) === before) a = middle;
      else b = middle;
    }
    found.push({ at: b, from: before, to: offsetMinutes(b, timeZone) });
    before = after;
  }
  return found;
}

/** "+0130", "-0500". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}

/** A local time as RFC 5545 writes it: 20260329T020000. */
const localStamp = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");

const cache = new Map<string, string[]>();

/** The VTIMEZONE lines for `timeZone`, its offsets from 1 January `fromYear` to the end of `toYear`. */
export function timeZoneComponent(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const start = Date.UTC(fromYear, 0, 1);
  const initial = offsetMinutes(start, timeZone);
  const observance = (kind: "STANDARD" | "DAYLIGHT", localStart: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(localStart)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ];
  const lines = [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    // The offset in force when the window opens.
    ...observance("STANDARD", start, initial, initial),
    // DTSTART of an observance is the local time before the change (RFC 5545 §3.6.5).
    ...transitions(timeZone, start, Date.UTC(toYear + 1, 0, 1)).flatMap(({ at, from, to }) =>
      observance(to > from ? "DAYLIGHT" : "STANDARD", at + from * MINUTE, from, to),
    ),
    "END:VTIMEZONE",
  ];
  if (cache.size > 500) cache.clear();
  cache.set(key, lines);
  return lines;
}
