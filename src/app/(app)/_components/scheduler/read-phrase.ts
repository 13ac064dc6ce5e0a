import { formatDueLabel, type HourCycle } from "@/lib/dates";
import { parseQuickAdd } from "@/lib/quick-add";
import { describeRecurrence } from "@/lib/recurrence";
import { type Schedule, type ScheduleDraft, scheduleFor } from "./schedule";

// Only the scheduler dialog reads phrases: quick add's parser (chrono-node) loads with it.

export type PhraseReading = { schedule: Schedule; preview: string; unread: string };

/**
 * A typed date phrase ("next friday 5pm", "every 2nd tue") read as quick add reads it: its time and
 * repeat replace the draft's, otherwise the draft's stay. Null when it names no date.
 */
export function readPhrase(
  text: string,
  draft: ScheduleDraft,
  start: Schedule,
  context: { now: Date; timeZone: string; today: string; hourCycle: HourCycle },
): PhraseReading | null {
  const parsed = parseQuickAdd(text, { now: context.now, timeZone: context.timeZone });
  if (!parsed.dueDate) return null;
  const withPhrase: ScheduleDraft = {
    time: parsed.dueTime ?? draft.time,
    repeat: parsed.recurrence?.rrule ?? draft.repeat,
    repeatFrom: parsed.recurrence?.from ?? draft.repeatFrom,
    // "{april 30}" sets the deadline, as in quick add, where the scheduler offers one.
    deadline: parsed.deadline ?? draft.deadline,
  };
  const schedule = scheduleFor(parsed.dueDate, withPhrase, start);
  return { schedule, preview: describeSchedule(schedule, start, context), unread: parsed.title };
}

/** "Fri 11 Dec 17:00, every Friday": what applying the schedule gives. */
export function describeSchedule(
  schedule: Schedule,
  start: Schedule,
  context: { today: string; timeZone: string; hourCycle: HourCycle },
): string {
  if (!schedule.dueDate) return "No date";
  const time = schedule.dueTime === undefined ? (start.dueTime ?? null) : schedule.dueTime;
  const date = formatDueLabel(schedule.dueDate, time, context.today, context.hourCycle);
  const repeat = schedule.recurrence === undefined ? start.recurrence : schedule.recurrence;
  return repeat ? `${date}, ${describeRecurrence(repeat.rrule, repeat.from, context.timeZone).toLowerCase()}` : date;
}
