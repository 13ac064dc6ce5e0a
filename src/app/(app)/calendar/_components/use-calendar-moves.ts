"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/toast";
import { formatClock, formatWeekdayDate } from "@/lib/dates";
import { UNDO_MS } from "@/lib/limits";
import { api } from "@/trpc/react";
import { useHourCycle } from "../../_components/hour-cycle";
import { reportFailure } from "../../_components/tasks/mutation-errors";
import { ownVersions } from "../../_components/tasks/own-versions";
import { isLastTaskChange, startMutation, taskScope } from "../../_components/tasks/task-scopes";
import { useReadTaskListsBack } from "../../_components/tasks/use-read-task-lists-back";
import {
  type CalendarData,
  type CalendarTarget,
  type CalendarTask,
  moveOccurrenceInData,
  moveTaskInData,
  putBackTasks,
  shiftedSeriesDate,
  touchedTaskIds,
} from "./calendar-data";

type Range = { from: string; to: string };

/** The range before a change, and the tasks the change touched: what a failure puts back. */
type Snapshot = { before: CalendarData; touched: Set<string> };

/** A repeating task's occurrence dropped somewhere: waits for "this one or all". */
export type PendingChoice = { task: CalendarTask; from: string; target: CalendarTarget };

/**
 * Rescheduling on the calendar (drag, keyboard, the side list's Schedule): shown at once in the cached
 * range, sent in the task's scope (task-scopes.ts) against the newest version this client saved,
 * announced, and offered for Undo once the server has it. A failure puts back the tasks it touched (moves
 * made since stay) and says why. A repeating task's occurrence first asks "this one or all" (`choice`).
 */
export function useCalendarMoves(range: Range, today: string, announce: (message: string) => void) {
  const queryClient = useQueryClient();
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();
  const client = utils.client.task;
  const hourCycle = useHourCycle();
  const [choice, setChoice] = useState<PendingChoice | null>(null);

  const where = (target: CalendarTarget, task: CalendarTask) => {
    const time = target.time === undefined ? task.dueTime : target.time;
    return `${formatWeekdayDate(target.date, today)}${time ? ` ${formatClock(time, hourCycle)}` : ""}`;
  };

  /** One change in the task's scope: `edit` shown at once, `send` the request. */
  function change<Result>(
    task: CalendarTask,
    kind: string,
    edit: (data: CalendarData) => CalendarData,
    send: () => Promise<Result>,
    retry: () => void,
  ): Promise<Result | undefined> {
    return startMutation<Result, undefined, Snapshot | undefined>(
      queryClient,
      {
        mutationKey: ["task", kind],
        scope: taskScope(task.id),
        onMutate: async () => {
          await utils.task.calendar.cancel(range);
          const before = utils.task.calendar.getData(range);
          if (!before) return undefined;
          const after = edit(before);
          utils.task.calendar.setData(range, after);
          return { before, touched: touchedTaskIds(before, after) };
        },
        mutationFn: send,
        onError: (error, _variables, snapshot) => {
          if (snapshot) {
            const { before, touched } = snapshot;
            utils.task.calendar.setData(range, (data) => (data ? putBackTasks(data, before, touched) : data));
          }
          reportFailure(error, retry);
        },
        onSettled: () => {
          // The other views show these dates too: read once every task change is answered.
          void readTaskListsBack(true);
          if (isLastTaskChange(queryClient)) void utils.task.calendar.invalidate();
        },
      },
      undefined,
    );
  }

  /** The task at a new date (and time), with Undo: a one-off task, a whole series, or an unscheduled one. */
  function moveTask(task: CalendarTask, from: string | null, target: CalendarTarget, undoing = false) {
    const dueDate =
      from && task.recurrence && task.dueDate ? shiftedSeriesDate(task.dueDate, from, target.date) : target.date;
    const changes = {
      dueDate,
      ...(target.time === undefined ? {} : { dueTime: target.time }),
      ...(target.recurrence === undefined ? {} : { recurrence: target.recurrence }),
    };
    const before = { dueDate: task.dueDate, dueTime: task.dueTime };
    const said = `Moved “${task.title}”${task.recurrence ? " and its repeats" : ""} to ${where(target, task)}`;
    announce(undoing ? `Moved “${task.title}” back.` : `${said}.`);
    void change(
      task,
      "update",
      (data) => moveTaskInData(data, task, from, target),
      async () => {
        const updatedAt = ownVersions.latest(task.id, task.updatedAt);
        const saved = await client.update.mutate({ id: task.id, updatedAt, ...changes });
        ownVersions.remember(task.id, updatedAt, saved.updatedAt);
        return saved;
      },
      () => moveTask(task, from, target, undoing),
    ).then((saved) => {
      if (!saved || undoing) return;
      toast(said, {
        duration: UNDO_MS,
        action: {
          label: "Undo",
          onClick: () =>
            before.dueDate === null
              ? unschedule(saved)
              : moveTask(
                  saved,
                  from === null ? saved.dueDate : target.date,
                  { date: from ?? before.dueDate, time: before.dueTime },
                  true,
                ),
        },
      });
    });
  }

  /** Undo of scheduling a task from the side list: no date again. */
  function unschedule(task: CalendarTask) {
    announce(`Moved “${task.title}” back to Unscheduled.`);
    void change(
      task,
      "update",
      (data) => ({
        ...data,
        entries: data.entries.filter((entry) => entry.task.id !== task.id),
        unscheduled: [{ ...task, dueDate: null, dueTime: null }, ...data.unscheduled],
      }),
      async () => {
        const updatedAt = ownVersions.latest(task.id, task.updatedAt);
        const saved = await client.update.mutate({ id: task.id, updatedAt, dueDate: null });
        ownVersions.remember(task.id, updatedAt, saved.updatedAt);
        return saved;
      },
      () => unschedule(task),
    );
  }

  /** "This one": the occurrence on `from` alone becomes a task of its own at the target; Undo puts it back. */
  function moveOccurrence(task: CalendarTask, from: string, target: CalendarTarget) {
    const said = `Moved this “${task.title}” to ${where(target, task)}`;
    announce(`${said}.`);
    void change(
      task,
      "moveOccurrence",
      (data) => moveOccurrenceInData(data, task, from, target),
      async () => {
        const updatedAt = ownVersions.latest(task.id, task.updatedAt);
        const moved = await client.moveOccurrence.mutate({
          id: task.id,
          updatedAt,
          occurrence: from,
          dueDate: target.date,
          ...(target.time === undefined ? {} : { dueTime: target.time }),
        });
        ownVersions.remember(task.id, updatedAt, moved.series.updatedAt);
        return moved;
      },
      () => moveOccurrence(task, from, target),
    ).then((moved) => {
      if (!moved) return;
      const { copy, series } = moved;
      toast(said, {
        duration: UNDO_MS,
        action: {
          label: "Undo",
          onClick: () => (copy ? restoreOccurrence(series, from, copy.id) : repeatAgain(series, from, task)),
        },
      });
    });
  }

  function restoreOccurrence(series: CalendarTask, occurrence: string, copyId: string) {
    announce(`Moved “${series.title}” back.`);
    void change(
      series,
      "restoreOccurrence",
      (data) => ({ ...data, entries: data.entries.filter((entry) => entry.task.id !== copyId) }),
      () => client.restoreOccurrence.mutate({ id: series.id, occurrence, copyId }),
      () => restoreOccurrence(series, occurrence, copyId),
    );
  }

  /** Undo of moving a series' last occurrence (the task itself moved and stopped repeating). */
  function repeatAgain(moved: CalendarTask, occurrence: string, before: CalendarTask) {
    announce(`Moved “${moved.title}” back.`);
    void change(
      moved,
      "update",
      (data) => moveTaskInData(data, moved, moved.dueDate, { date: occurrence, time: before.dueTime }),
      async () => {
        const updatedAt = ownVersions.latest(moved.id, moved.updatedAt);
        const saved = await client.update.mutate({
          id: moved.id,
          updatedAt,
          dueDate: occurrence,
          dueTime: before.dueTime,
          recurrence: before.recurrence,
        });
        ownVersions.remember(moved.id, updatedAt, saved.updatedAt);
        return saved;
      },
      () => repeatAgain(moved, occurrence, before),
    );
  }

  /**
   * Where every move starts: a repeating task's occurrence asks first; a move to where it already is
   * changes nothing.
   */
  function move(task: CalendarTask, from: string | null, target: CalendarTarget) {
    const sameTime = target.time === undefined || target.time === task.dueTime;
    if (from === target.date && sameTime) return;
    if (from !== null && task.recurrence) setChoice({ task, from, target });
    else moveTask(task, from, target);
  }

  function choose(answer: "one" | "all" | null) {
    const pending = choice;
    setChoice(null);
    if (!pending || answer === null) return;
    if (answer === "one") moveOccurrence(pending.task, pending.from, pending.target);
    else moveTask(pending.task, pending.from, pending.target);
  }

  return { move, choice, choose };
}
