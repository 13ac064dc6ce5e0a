import { formatDueLabel } from "@/lib/dates";
import { parseQuickAdd } from "@/lib/quick-add";
import { describeRecurrence } from "@/lib/recurrence";
import type { Recurrence } from "@/lib/schemas/task";

/**
 * What the scheduler sets: a due date (null: none), and a time and a repeat where the user changed
 * them; absent, each task keeps its own (a repeating task moved to Tomorrow still repeats). Also what
 * it starts from: one task's fields, or for several tasks no date and no time or repeat.
 */
export type Schedule = {
  dueDate: string | null;
  dueTime?: string | null;
  recurrence?: Recurrence | null;
};

/** The scheduler's own fields: "" is no time or no repeat; `keep` leaves each task's repeat alone. */
export type ScheduleDraft = { time: string; repeat: string; repeatFrom: Recurrence["from"] };
export const KEEP_REPEAT = "keep";

export function draftOf(start: Schedule): ScheduleDraft {
  return {
    time: start.dueTime ?? "",
    repeat: start.recurrence === undefined ? KEEP_REPEAT : (start.recurrence?.rrule ?? ""),
    repeatFrom: start.recurrence?.from ?? "due",
  };
}

/** A chosen date with the fields the user changed (a time or a repeat needs a date: no date drops them). */
export function scheduleFor(dueDate: string | null, draft: ScheduleDraft, start: Schedule): Schedule {
  if (dueDate === null) return { dueDate: null };
  const initial = draftOf(start);
  const schedule: Schedule = { dueDate };
  if (draft.time !== initial.time) schedule.dueTime = draft.time || null;
  if (draft.repeat !== KEEP_REPEAT && (draft.repeat !== initial.repeat || draft.repeatFrom !== initial.repeatFrom)) {
    schedule.recurrence = draft.repeat ? { rrule: draft.repeat, from: draft.repeatFrom } : null;
  }
  return schedule;
}

export type PhraseReading = { schedule: Schedule; preview: string; unread: string };

/**
 * A typed date phrase ("next friday 5pm", "every 2nd tue") read as quick add reads it: its time and
 * repeat replace the draft's, otherwise the draft's stay. Null when it names no date.
 */
export function readPhrase(
  text: string,
  draft: ScheduleDraft,
  start: Schedule,
  context: { now: Date; timeZone: string; today: string },
): PhraseReading | null {
  const parsed = parseQuickAdd(text, { now: context.now, timeZone: context.timeZone });
  if (!parsed.dueDate) return null;
  const withPhrase: ScheduleDraft = {
    time: parsed.dueTime ?? draft.time,
    repeat: parsed.recurrence?.rrule ?? draft.repeat,
    repeatFrom: parsed.recurrence?.from ?? draft.repeatFrom,
  };
  const schedule = scheduleFor(parsed.dueDate, withPhrase, start);
  return { schedule, preview: describeSchedule(schedule, start, context), unread: parsed.title };
}

/** "Fri 11 Dec 17:00, every Friday": what applying the schedule gives. */
export function describeSchedule(
  schedule: Schedule,
  start: Schedule,
  context: { today: string; timeZone: string },
): string {
  if (!schedule.dueDate) return "No date";
  const time = schedule.dueTime === undefined ? (start.dueTime ?? null) : schedule.dueTime;
  const date = formatDueLabel(schedule.dueDate, time, context.today);
  const repeat = schedule.recurrence === undefined ? start.recurrence : schedule.recurrence;
  return repeat ? `${date}, ${describeRecurrence(repeat.rrule, repeat.from, context.timeZone).toLowerCase()}` : date;
}

/** The toast's words: "to Tomorrow", "to Sat 17:00", "to no date". */
export function rescheduledTo(schedule: Schedule, today: string): string {
  if (!schedule.dueDate) return "to no date";
  return `to ${formatDueLabel(schedule.dueDate, schedule.dueTime ?? null, today)}`;
}

/** The task.update that puts a task's date back after `schedule` (its repeat only if that was touched). */
export function unschedule(
  before: { dueDate: string | null; dueTime: string | null; recurrence: Recurrence | null },
  schedule: Schedule,
): Schedule {
  if (!before.dueDate) return { dueDate: null };
  const touchedRepeat = schedule.recurrence !== undefined || schedule.dueDate === null;
  return {
    dueDate: before.dueDate,
    dueTime: before.dueTime,
    ...(touchedRepeat ? { recurrence: before.recurrence } : {}),
  };
}
