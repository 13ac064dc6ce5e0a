import { z } from "zod/mini";
import { daysBetween } from "../dates";
import { dueDate, dueTime, taskId } from "./task";

/** The longest range one calendar read covers: a month view's six weeks. */
export const CALENDAR_RANGE_DAYS_MAX = 42;
/** How many unscheduled tasks the calendar's side list shows (the oldest first, in manual order). */
export const UNSCHEDULED_MAX = 100;

/** `task.calendar`: the open tasks due in a range of days (both ends included) and the unscheduled ones. */
export const calendarRangeInput = z.strictObject({ from: dueDate, to: dueDate }).check(
  z.refine((range) => range.from <= range.to, { error: "The range must not end before it starts.", path: ["to"] }),
  z.refine((range) => range.from > range.to || daysBetween(range.from, range.to) < CALENDAR_RANGE_DAYS_MAX, {
    error: `Ask for at most ${CALENDAR_RANGE_DAYS_MAX} days at a time.`,
    path: ["to"],
  }),
);

/**
 * `task.moveOccurrence`: "this one" — one occurrence of a repeating task moved to another day (and time),
 * the rest of the series left where it was. `occurrence` is the date it had in the series.
 */
export const moveOccurrenceInput = z.strictObject({
  id: taskId,
  /** The series' `updatedAt` the client saw (CONFLICT when it changed since). */
  updatedAt: z.date(),
  occurrence: dueDate,
  dueDate,
  /** Absent: the series' own time. */
  dueTime: z.optional(z.nullable(dueTime)),
});

/** `task.restoreOccurrence`: Undo of a moveOccurrence (the occurrence back in the series, its copy trashed). */
export const restoreOccurrenceInput = z.strictObject({
  id: taskId,
  occurrence: dueDate,
  /** The task the move made for that one occurrence. */
  copyId: taskId,
});
