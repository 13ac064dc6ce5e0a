"use client";

import { useState } from "react";
import { Icon } from "@/components/icon";
import { LazySchedulerDialog } from "../../_components/scheduler/lazy-scheduler-dialog";
import type { DayDragHandleProps } from "../../_components/tasks/day-drag";
import type { CalendarTarget, CalendarTask } from "./calendar-data";

interface UnscheduledListProps {
  tasks: readonly CalendarTask[];
  more: boolean;
  today: string;
  timeZone: string;
  draggedKey: string | null;
  dragProps(task: CalendarTask): DayDragHandleProps;
  onSchedule(task: CalendarTask, target: CalendarTarget): void;
}

/**
 * Open tasks without a date, above the calendar (folded away at a tap, on a phone too): drag one onto a
 * day, or press its Schedule button for the scheduler.
 */
export function UnscheduledList({
  tasks,
  more,
  today,
  timeZone,
  draggedKey,
  dragProps,
  onSchedule,
}: UnscheduledListProps) {
  const [scheduling, setScheduling] = useState<{ task: CalendarTask; opener: HTMLElement } | null>(null);
  return (
    <details open className="rounded-md border border-border">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
        Unscheduled{" "}
        <span className="font-normal text-muted">
          ({tasks.length}
          {more ? "+" : ""})
        </span>
      </summary>
      {tasks.length === 0 ? (
        <p className="px-3 pb-3 text-sm text-muted">Every open task has a date.</p>
      ) : (
        <ul className="flex max-h-40 flex-wrap gap-1 overflow-y-auto px-2 pb-2" aria-label="Unscheduled tasks">
          {tasks.map((task) => {
            const handle = dragProps(task);
            return (
              <li
                key={task.id}
                className={`flex max-w-full items-center gap-1 rounded border border-border px-1 text-sm ${draggedKey?.startsWith(task.id) ? "bg-accent text-accent-fg" : "bg-surface"}`}
              >
                <button
                  type="button"
                  {...handle}
                  aria-label={`Drag “${task.title}” onto a day`}
                  className="inline-flex min-h-8 min-w-8 cursor-grab items-center justify-center rounded"
                >
                  <Icon name="grip-vertical" className="size-4" />
                </button>
                <span className="min-w-0 flex-1 truncate">{task.title}</span>
                <button
                  type="button"
                  aria-label={`Schedule “${task.title}”`}
                  onClick={(event) => setScheduling({ task, opener: event.currentTarget })}
                  className="inline-flex min-h-8 min-w-8 items-center justify-center rounded hover:bg-border/40"
                >
                  <Icon name="calendar-plus" className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {more ? <p className="px-3 pb-3 text-xs text-muted">Showing the first {tasks.length}.</p> : null}
      {scheduling ? (
        <LazySchedulerDialog
          label={`Schedule “${scheduling.task.title}”`}
          start={{ dueDate: null, dueTime: null, recurrence: null, deadline: scheduling.task.deadline }}
          today={today}
          timeZone={timeZone}
          onApply={(schedule) => {
            if (schedule.dueDate) {
              onSchedule(scheduling.task, {
                date: schedule.dueDate,
                ...(schedule.dueTime === undefined ? {} : { time: schedule.dueTime }),
                ...(schedule.recurrence === undefined ? {} : { recurrence: schedule.recurrence }),
              });
            }
          }}
          onClose={() => {
            const opener = scheduling.opener;
            setScheduling(null);
            requestAnimationFrame(() => (opener.isConnected ? opener.focus() : undefined));
          }}
        />
      ) : null}
    </details>
  );
}
