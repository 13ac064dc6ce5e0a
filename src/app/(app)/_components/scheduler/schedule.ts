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
  /** One task's deadline (its own date, apart from the due date): offered only when the start has the key. */
  deadline?: string | null;
};

/** The scheduler's own fields: "" is no time, repeat or deadline; `keep` leaves each task's repeat alone. */
export type ScheduleDraft = { time: string; repeat: string; repeatFrom: Recurrence["from"]; deadline: string };
export const KEEP_REPEAT = "keep";

export function draftOf(start: Schedule): ScheduleDraft {
  return {
    time: start.dueTime ?? "",
    repeat: start.recurrence === undefined ? KEEP_REPEAT : (start.recurrence?.rrule ?? ""),
    repeatFrom: start.recurrence?.from ?? "due",
    deadline: start.deadline ?? "",
  };
}

/** The deadline, when the scheduler offers it (one task) and the user changed it. */
function deadlineChange(draft: ScheduleDraft, start: Schedule): Pick<Schedule, "deadline"> {
  if (start.deadline === undefined || draft.deadline === (start.deadline ?? "")) return {};
  return { deadline: draft.deadline || null };
}

/** A chosen date with the fields the user changed (a time or a repeat needs a date: no date drops them). */
export function scheduleFor(dueDate: string | null, draft: ScheduleDraft, start: Schedule): Schedule {
  if (dueDate === null) return { dueDate: null, ...deadlineChange(draft, start) };
  const initial = draftOf(start);
  const schedule: Schedule = { dueDate, ...deadlineChange(draft, start) };
  if (draft.time !== initial.time) schedule.dueTime = draft.time || null;
  if (draft.repeat !== KEEP_REPEAT && (draft.repeat !== initial.repeat || draft.repeatFrom !== initial.repeatFrom)) {
    schedule.recurrence = draft.repeat ? { rrule: draft.repeat, from: draft.repeatFrom } : null;
  }
  return schedule;
}

/** What Save keeps: the task's date; for an undated task, today only if a time or repeat needs one. */
export function savedDate(start: Schedule, draft: ScheduleDraft, today: string): string | null {
  if (start.dueDate) return start.dueDate;
  const initial = draftOf(start);
  const needsDate = draft.time !== initial.time || (draft.repeat !== KEEP_REPEAT && draft.repeat !== initial.repeat);
  return needsDate ? today : null;
}

/** The toast after one task's change: its new date, or (only the deadline changed) its deadline. */
export function rescheduleMessage(
  task: { title: string; dueDate: string | null },
  schedule: Schedule,
  today: string,
  hourCycle: HourCycle,
): string {
  const onlyDeadline =
    schedule.deadline !== undefined &&
    schedule.dueDate === task.dueDate &&
    schedule.dueTime === undefined &&
    schedule.recurrence === undefined;
  if (!onlyDeadline) return `Rescheduled “${task.title}” ${rescheduledTo(schedule, today, hourCycle)}`;
  return schedule.deadline
    ? `Deadline of “${task.title}” set to ${formatDueLabel(schedule.deadline, null, today, hourCycle)}`
    : `Removed the deadline of “${task.title}”`;
}

/** The toast's words: "to Tomorrow", "to Sat 17:00", "to no date". */
export function rescheduledTo(schedule: Schedule, today: string, hourCycle: HourCycle): string {
  if (!schedule.dueDate) return "to no date";
  return `to ${formatDueLabel(schedule.dueDate, schedule.dueTime ?? null, today, hourCycle)}`;
}

/** The task.update that puts a task's date back after `schedule` (its repeat only if that was touched). */
export function unschedule(
  before: { dueDate: string | null; dueTime: string | null; recurrence: Recurrence | null; deadline?: string | null },
  schedule: Schedule,
): Schedule {
  const deadline = schedule.deadline !== undefined ? { deadline: before.deadline ?? null } : {};
  if (!before.dueDate) return { dueDate: null, ...deadline };
  const touchedRepeat = schedule.recurrence !== undefined || schedule.dueDate === null;
  return {
    dueDate: before.dueDate,
    dueTime: before.dueTime,
    ...(touchedRepeat ? { recurrence: before.recurrence } : {}),
    ...deadline,
  };
}
