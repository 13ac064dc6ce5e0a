import { addDays, daysBetween } from "@/lib/dates";
import type { Recurrence } from "@/lib/schemas/task";
import type { RouterOutputs } from "@/trpc/react";

export type CalendarData = RouterOutputs["task"]["calendar"];
export type CalendarEntry = CalendarData["entries"][number];
export type CalendarTask = CalendarEntry["task"];

/** Where a task is dropped or moved: a day, and a time (null: no time; absent: it keeps its own). */
export type CalendarTarget = {
  date: string;
  time?: string | null;
  /** The scheduler's repeat, for a task scheduled from the side list (absent: unchanged). */
  recurrence?: Recurrence | null;
};

/**
 * A drop target's name (its `data-drop-day`): "2026-12-07" a month day (the task keeps its time),
 * "2026-12-07T" the week's all-day row (no time), "2026-12-07T09:00" an hour of the week.
 */
export function dropTargetName(date: string, time?: string | null): string {
  return time === undefined ? date : `${date}T${time ?? ""}`;
}

export function readDropTarget(name: string): CalendarTarget {
  const [date = name, time] = name.split("T");
  return time === undefined ? { date } : { date, time: time === "" ? null : time };
}

/** A dragged entry's key: the task and the day it was dragged from ("" for an unscheduled task). */
export const dragKey = (taskId: string, date: string | null) => `${taskId}|${date ?? ""}`;
export function readDragKey(key: string): { taskId: string; date: string | null } {
  const [taskId = key, date = ""] = key.split("|");
  return { taskId, date: date === "" ? null : date };
}

/** The entries of each day, in the server's order (by time, untimed last, then manual order). */
export function entriesByDay(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = days.get(entry.date);
    if (day) day.push(entry);
    else days.set(entry.date, [entry]);
  }
  return days;
}

/** The hour ("09") a timed entry sits in on the week's grid, or null for the all-day row. */
export const hourOf = (entry: CalendarEntry) => entry.task.dueTime?.slice(0, 2) ?? null;

/** The series' new due date when the occurrence on `from` moves to `to` ("all": the whole series shifts alike). */
export function shiftedSeriesDate(dueDate: string, from: string, to: string): string {
  return addDays(dueDate, daysBetween(from, to));
}

const byDayAndTime = (a: CalendarEntry, b: CalendarEntry) =>
  a.date.localeCompare(b.date) || (a.task.dueTime ?? "24:00").localeCompare(b.task.dueTime ?? "24:00");

/** Shown at once: one task (not repeating, or every occurrence of a series) moved to its new date and time. */
export function moveTaskInData(
  data: CalendarData,
  task: CalendarTask,
  from: string | null,
  target: CalendarTarget,
): CalendarData {
  const time = target.time === undefined ? task.dueTime : target.time;
  const moved = { ...task, dueDate: target.date, dueTime: time };
  const shift = from === null ? 0 : daysBetween(from, target.date);
  const entries = data.entries
    .map((entry) =>
      entry.task.id === task.id
        ? { ...entry, task: moved, date: from === null ? target.date : addDays(entry.date, shift) }
        : entry,
    )
    .concat(from === null ? [{ task: moved, date: target.date, projected: false }] : [])
    .sort(byDayAndTime);
  return { ...data, entries, unscheduled: data.unscheduled.filter((item) => item.id !== task.id) };
}

/** Shown at once: one occurrence out of its series, as a task of its own on the new date. */
export function moveOccurrenceInData(
  data: CalendarData,
  task: CalendarTask,
  from: string,
  target: CalendarTarget,
): CalendarData {
  const time = target.time === undefined ? task.dueTime : target.time;
  const copy = { ...task, id: `pending-${task.id}-${from}`, recurrence: null, dueDate: target.date, dueTime: time };
  const entries = data.entries
    .filter((entry) => !(entry.task.id === task.id && entry.date === from))
    .concat([{ task: copy, date: target.date, projected: false }])
    .sort(byDayAndTime);
  return { ...data, entries };
}

/** One hour later or earlier (Alt+up/down in the week), kept within the day; an untimed task gets 09:00. */
/**
 * The tasks a change touched: those whose entries (or side-list item) `after` replaced, added or dropped.
 * Edits keep every other entry as it was, the same object.
 */
export function touchedTaskIds(before: CalendarData, after: CalendarData): Set<string> {
  const ids = new Set<string>();
  const kept = new Set<unknown>([...after.entries, ...after.unscheduled]);
  const had = new Set<unknown>([...before.entries, ...before.unscheduled]);
  for (const entry of before.entries) if (!kept.has(entry)) ids.add(entry.task.id);
  for (const entry of after.entries) if (!had.has(entry)) ids.add(entry.task.id);
  for (const item of before.unscheduled) if (!kept.has(item)) ids.add(item.id);
  for (const item of after.unscheduled) if (!had.has(item)) ids.add(item.id);
  return ids;
}

/**
 * A failed change undone alone: the tasks it touched (`ids`) as `before` had them, every other entry as it
 * is now (moves made since stay where they were put).
 */
export function putBackTasks(data: CalendarData, before: CalendarData, ids: ReadonlySet<string>): CalendarData {
  const entries = data.entries
    .filter((entry) => !ids.has(entry.task.id))
    .concat(before.entries.filter((entry) => ids.has(entry.task.id)))
    .sort(byDayAndTime);
  const unscheduled = data.unscheduled.filter((item) => !ids.has(item.id));
  before.unscheduled.forEach((item, index) => {
    if (ids.has(item.id)) unscheduled.splice(Math.min(index, unscheduled.length), 0, item);
  });
  return { ...data, entries, unscheduled };
}

export function shiftHour(time: string | null, hours: number): string {
  if (time === null) return "09:00";
  const hour = Math.min(23, Math.max(0, Number(time.slice(0, 2)) + hours));
  return `${String(hour).padStart(2, "0")}:${time.slice(3, 5)}`;
}
