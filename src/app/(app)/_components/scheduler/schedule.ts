import { formatDueLabel, type HourCycle } from "@/lib/dates";
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

/** The toast's words: "to Tomorrow", "to Sat 17:00", "to no date". */
export function rescheduledTo(schedule: Schedule, today: string, hourCycle: HourCycle): string {
  if (!schedule.dueDate) return "to no date";
  return `to ${formatDueLabel(schedule.dueDate, schedule.dueTime ?? null, today, hourCycle)}`;
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
