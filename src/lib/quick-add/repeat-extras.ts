import { parseDateString } from "@/lib/dates";
import { dateAtStart } from "@/lib/quick-add/chrono-dates";
import { NUMBER, numberValue, type Read, sticky } from "@/lib/quick-add/phrase-reading";
import type { Schedule } from "@/lib/quick-add/repeat-schedule";
import { RECURRENCE_NUMBER_MAX } from "@/lib/recurrence";

// What may follow a repeat's schedule, in any order: a time ("at 9am"), an end ("until jun 1",
// "ending jun 1", "for 6 weeks") and a start ("starting next month", "from tomorrow at 8am").

/** `limit` holds the COUNT or UNTIL part, when there is one. */
export type Extras = { end: number; limit: string[]; time?: string; startDate?: string };

export function readExtras(working: string, at: number, schedule: Schedule, reference: Date): Extras {
  const extras: Extras = { end: at, limit: [] };
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
    // "starting aug 29 ending in 6 months": an end written after the start counts from the start.
    const limitReference = extras.startDate ? wallClockDate(extras.startDate) : reference;
    const limit = extras.limit.length ? null : readLimit(working, next, schedule, limitReference);
    if (limit) {
      extras.limit.push(limit.value);
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

/** A date as chrono's reference: the local midnight of that calendar day. */
function wallClockDate(date: string): Date {
  const { year, month, day } = parseDateString(date);
  return new Date(year, month - 1, day);
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

/** "until jun 1" / "ending jun 1" (UNTIL) or "for 6 weeks" / "for 10 times" (COUNT). */
function readLimit(working: string, at: number, schedule: Schedule, reference: Date): Read<string> {
  const until = sticky(working, at, "(?:until|ending(?:\\s+on)?)\\s+", false);
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

/**
 * How many times a schedule fires in "for N <unit>", when that is a whole number: "every week for
 * 6 weeks" is 6, "every day for 2 weeks" 14, "every mon and thu for 2 weeks" 4.
 */
function countFor(amount: number, unitText: string, schedule: Schedule): number | null {
  if (unitText === "times") return amount <= RECURRENCE_NUMBER_MAX ? amount : null;
  const inDays: Record<string, number> = { day: 1, week: 7 };
  const inMonths: Record<string, number> = { month: 1, year: 12 };
  const unit = unitText.replace(/s$/, "");
  const table = inDays[schedule.unit] !== undefined ? inDays : inMonths;
  const span = table[unit];
  const step = table[schedule.unit];
  if (span === undefined || step === undefined) return null;
  const periods = (amount * span) / (step * schedule.interval);
  const count = periods * firesPerPeriod(schedule);
  return Number.isInteger(periods) && count >= 1 && count <= RECURRENCE_NUMBER_MAX ? count : null;
}

/** Dates per period: one per listed position, else per item of the first BY-part (yearly ones list one). */
function firesPerPeriod(schedule: Schedule): number {
  const positions = schedule.parts.find((part) => part.startsWith("BYSETPOS="));
  const list = positions ?? schedule.parts[0];
  return list ? list.split(",").length : 1;
}

/** "starting next month", "from jun 1", "starting tomorrow". */
function readStart(working: string, at: number, reference: Date): Read<{ date: string; time?: string }> {
  const starting = sticky(working, at, "(?:starting|from|beginning)\\s+", false);
  if (!starting) return null;
  const date = dateAtStart(working.slice(at + starting[0].length), reference);
  if (!date) return null;
  return { value: date, end: at + starting[0].length + date.end };
}
