"use client";

import { useHourCycle } from "../hour-cycle";
import type { TaskListInput } from "../tasks/task-list-input";
import type { Task } from "../tasks/task-pages";
import { useBulkActions } from "../tasks/use-bulk-actions";
import type { useTaskMutations } from "../tasks/use-task-mutations";
import { rescheduledTo, type Schedule } from "./schedule";

/**
 * Applies a schedule with Undo: one task through `task.update` (refused if it changed since the user
 * looked), several through one `task.bulk`. Resolves true once stored (at once for one task, whose
 * failure is reported and rolled back on its own).
 */
export function useReschedule(
  input: TaskListInput,
  today: string,
  mutations: ReturnType<typeof useTaskMutations>,
  announce: (message: string) => void,
) {
  const bulk = useBulkActions(input, announce);
  const hourCycle = useHourCycle();
  return function reschedule(tasks: readonly Task[], schedule: Schedule): Promise<boolean> {
    const [only, ...others] = tasks;
    if (only && others.length === 0) {
      mutations.reschedule(only, schedule);
      return Promise.resolve(true);
    }
    // Several tasks: no deadline is offered (each keeps its own).
    const { deadline: _deadline, ...dates } = schedule;
    return bulk.apply(tasks, { action: "schedule", ...dates }, { detail: rescheduledTo(schedule, today, hourCycle) });
  };
}
