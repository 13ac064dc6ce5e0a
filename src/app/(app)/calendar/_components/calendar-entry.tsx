"use client";

import type { KeyboardEvent } from "react";
import { Icon } from "@/components/icon";
import { addDays, formatClock, type HourCycle } from "@/lib/dates";
import type { DayDragHandleProps } from "../../_components/tasks/day-drag";
import { type CalendarTarget, type CalendarTask, shiftHour } from "./calendar-data";

interface CalendarEntryProps {
  task: CalendarTask;
  /** The day it shows on (an occurrence's date for a repeating task). */
  date: string;
  /** A later occurrence computed from the rule, not the task's own date. */
  projected: boolean;
  /** Week view: Alt+up/down change the time by an hour. */
  timed: boolean;
  hourCycle: HourCycle;
  dragged: boolean;
  /** In the tab order: the entries of the grid's active day only (the grid itself is one tab stop). */
  tabbable: boolean;
  dragProps: DayDragHandleProps;
  onMove(target: CalendarTarget): void;
}

/**
 * A task on a day: drag it (mouse, pen or finger) onto another day or hour, or with the focus on it press
 * left/right to move it a day, up/down a week (Alt+up/down in the week view: an hour).
 */
export function CalendarEntry({
  task,
  date,
  projected,
  timed,
  hourCycle,
  dragged,
  tabbable,
  dragProps,
  onMove,
}: CalendarEntryProps) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const days = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[event.key];
    if (days === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    if (timed && event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      onMove({ date, time: shiftHour(task.dueTime, event.key === "ArrowUp" ? -1 : 1) });
      return;
    }
    onMove({ date: addDays(date, days) });
  }

  return (
    <button
      type="button"
      {...dragProps}
      tabIndex={tabbable ? 0 : -1}
      onKeyDown={onKeyDown}
      data-calendar-entry={task.id}
      aria-describedby="calendar-move-help"
      className={`flex w-full min-w-0 cursor-grab items-center gap-1 rounded border border-border px-1 py-0.5 text-left text-xs ${
        dragged ? "bg-accent text-accent-fg" : projected ? "border-dashed bg-bg" : "bg-surface"
      }`}
    >
      <Icon name="grip-vertical" className="size-3 shrink-0 text-muted" />
      {task.dueTime ? <span className="shrink-0 tabular-nums">{formatClock(task.dueTime, hourCycle)}</span> : null}
      <span className="min-w-0 truncate">{task.title}</span>
      {task.recurrence ? (
        <>
          <Icon name="repeat" className="size-3 shrink-0" />
          <span className="sr-only">{projected ? "(a later repeat)" : "(repeats)"}</span>
        </>
      ) : null}
    </button>
  );
}
