import { readExtras } from "@/lib/quick-add/repeat-extras";
import { readSchedule, type Unit } from "@/lib/quick-add/repeat-schedule";
import type { Range } from "@/lib/quick-add/text";

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

const FREQUENCY: Record<Unit, string> = { day: "DAILY", week: "WEEKLY", month: "MONTHLY", year: "YEARLY" };

/** The first repeat phrase in `working`, or null. `rrule` is not validated yet. */
export function findRecurrence(working: string, reference: Date): FoundRecurrence | null {
  for (const match of working.matchAll(/(?<![\p{L}\p{N}_])(every|ev)(!?)\s+/giu)) {
    const schedule = readSchedule(working, match.index + match[0].length);
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
      from: match[2] ? "completion" : "due",
    };
    if (extras.time) found.time = extras.time;
    if (extras.startDate) found.startDate = extras.startDate;
    return found;
  }
  return null;
}
