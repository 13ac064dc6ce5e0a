"use client";

import { useState } from "react";
import { focusTaskRowControl } from "../keyboard/task-rows";
import { neighbourOf } from "../tasks/keep-focus";
import type { Task } from "../tasks/task-pages";
import { LazySchedulerDialog } from "./lazy-scheduler-dialog";
import type { Schedule } from "./schedule";

/** Tasks being scheduled, and where the focus goes back to. */
export interface ScheduleRequest {
  tasks: readonly Task[];
  opener: HTMLElement | null;
  /** The row that takes the focus if the task's own row left the list (it moved out of Today). */
  neighbourId: string | null;
  /** Runs once the change was stored (the bulk toolbar's: clear the selection). */
  onDone?: (() => void) | undefined;
}

/**
 * Which tasks the scheduler is open for (`tasks`: the list's, which decide where the focus goes after
 * it closes).
 */
export function useTaskScheduler(tasks: readonly Task[]) {
  const [request, setRequest] = useState<ScheduleRequest | null>(null);

  function open(scheduled: readonly Task[], opener: HTMLElement | null, onDone?: () => void) {
    const [first] = scheduled;
    if (!first) return;
    setRequest({ tasks: scheduled, opener, neighbourId: neighbourOf(tasks, first.id)?.id ?? null, onDone });
  }

  function close() {
    const closed = request;
    setRequest(null);
    requestAnimationFrame(() => closed && returnFocus(closed));
  }

  return { request, open, close };
}

function returnFocus({ tasks, opener, neighbourId }: ScheduleRequest) {
  if (opener?.isConnected) return opener.focus();
  const [first] = tasks;
  if (first && focusTaskRowControl(first.id, "complete")) return;
  if (neighbourId && focusTaskRowControl(neighbourId, "complete")) return;
  document.querySelector<HTMLElement>("main h1")?.focus();
}

export function TaskScheduler({
  request,
  today,
  timeZone,
  onApply,
  onClose,
}: {
  request: ScheduleRequest | null;
  today: string;
  timeZone: string;
  onApply(request: ScheduleRequest, schedule: Schedule): void;
  onClose(): void;
}) {
  if (!request) return null;
  const [only, ...others] = request.tasks;
  const one = only && others.length === 0 ? only : null;
  return (
    <LazySchedulerDialog
      label={one ? `Schedule “${one.title}”` : `Schedule ${request.tasks.length} tasks`}
      start={
        one
          ? { dueDate: one.dueDate, dueTime: one.dueTime, recurrence: one.recurrence, deadline: one.deadline }
          : { dueDate: null }
      }
      today={today}
      timeZone={timeZone}
      onApply={(schedule) => onApply(request, schedule)}
      onClose={onClose}
    />
  );
}
