import { readExtras } from "@/lib/quick-add/repeat-extras";
import { readSchedule, readSpan, type Schedule, type Unit } from "@/lib/quick-add/repeat-schedule";
import type { Range } from "@/lib/quick-add/text";

// Repeat phrases after Todoist: "every"/"ev" (or "every!"/"ev!" to repeat from completion), a
// schedule ("day", "other week", "3 months", "monday and thursday", "3rd friday", "last day",
// "year on mar 1", "month on the 1st", "morning"), then in any order an optional time ("at 9am"), an
// end ("until jun 1", "ending jun 1", "for 6 weeks") and a start ("starting next month").
// Also "daily", "weekly", "monthly", "yearly" alone, and "after 3 days" (from completion, as "every!").

export type FoundRecurrence = Range & {
  rrule: string;
  from: "due" | "completion";
  time?: string;
  startDate?: string;
};

const FREQUENCY: Record<Unit, string> = { day: "DAILY", week: "WEEKLY", month: "MONTHLY", year: "YEARLY" };
const ADVERBS: Record<string, Unit> = { daily: "day", weekly: "week", monthly: "month", yearly: "year" };

/** The first repeat phrase in `working`, or null. `rrule` is not validated yet. */
export function findRecurrence(working: string, reference: Date): FoundRecurrence | null {
  const starts = /(?<![\p{L}\p{N}_])(?:(every|ev)(!?)\s+|(after)\s+|(daily|weekly|monthly|yearly)(?![\p{L}\p{N}_]))/giu;
  for (const match of working.matchAll(starts)) {
    const at = match.index + match[0].length;
    const adverb = ADVERBS[match[4]?.toLowerCase() ?? ""];
    const schedule: { value: Schedule; end: number } | null = adverb
      ? { value: { unit: adverb, interval: 1, parts: [] }, end: at }
      : match[3]
        ? readSpan(working, at)
        : readSchedule(working, at);
    if (!schedule) continue;
    const { unit, interval, parts } = schedule.value;
    const extras = readExtras(working, schedule.end, schedule.value, reference);
    const rrule = [
      `FREQ=${FREQUENCY[unit]}`,
      ...(interval === 1 ? [] : [`INTERVAL=${interval}`]),
      ...extras.limit,
      ...parts,
    ];
    const found: FoundRecurrence = {
      start: match.index,
      end: extras.end,
      rrule: rrule.join(";"),
      from: match[2] || match[3] ? "completion" : "due",
    };
    const time = extras.time ?? schedule.value.time;
    if (time) found.time = time;
    if (extras.startDate) found.startDate = extras.startDate;
    return found;
  }
  return null;
}
