import { formatInstant, type HourCycle } from "@/lib/dates";

export const OFFSET_UNITS = [
  { unit: "minutes", minutes: 1 },
  { unit: "hours", minutes: 60 },
  { unit: "days", minutes: 24 * 60 },
] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number]["unit"];

const SINGULAR: Record<OffsetUnit, string> = { minutes: "minute", hours: "hour", days: "day" };

/** "At the due time", "30 minutes before", "1 hour before", "2 days before" (largest whole unit). */
export function describeOffset(minutesBefore: number): string {
  if (minutesBefore === 0) return "At the due time";
  const { unit, minutes } = [...OFFSET_UNITS].reverse().find((each) => minutesBefore % each.minutes === 0) ?? {
    unit: "minutes",
    minutes: 1,
  };
  const count = minutesBefore / minutes;
  return `${count} ${count === 1 ? SINGULAR[unit] : unit} before`;
}

interface ReminderLike {
  kind: "absolute" | "relative";
  remindAt: Date | null;
  minutesBefore: number | null;
  nextAt: Date | null;
}

/** How the task details list a reminder, times in the user's zone. */
export function describeReminder(reminder: ReminderLike, timeZone: string, hourCycle: HourCycle): string {
  const at = (instant: Date) => formatInstant(instant, timeZone, hourCycle);
  if (reminder.kind === "absolute") return reminder.remindAt ? at(reminder.remindAt) : "";
  const offset = describeOffset(reminder.minutesBefore ?? 0);
  return reminder.nextAt ? `${offset} (${at(reminder.nextAt)})` : `${offset} (no due date)`;
}
