"use client";

import { toast } from "@/components/toast";
import { formatWeekdayDate } from "@/lib/dates";
import { UNDO_MS } from "@/lib/limits";
import type { Task } from "./task-pages";
import type { useTaskMutations } from "./use-task-mutations";

type Mutations = ReturnType<typeof useTaskMutations>;

/**
 * Moving a task to another day (Upcoming's drag and keyboard moves): a change of its due date alone, so
 * its time and repeat rule stay; announced at once, and offered for Undo once the server has it.
 */
export function useDayMove(mutations: Mutations, today: string, announce: (message: string) => void) {
  return function moveToDay(task: Task, date: string) {
    const from = task.dueDate;
    if (from === null || from === date) return;
    const day = formatWeekdayDate(date, today);
    announce(`Moved “${task.title}” to ${day}.`);
    void mutations.update(task, { dueDate: date }, task.updatedAt).then((saved) => {
      if (!saved) return;
      toast(`Moved “${saved.title}” to ${day}`, {
        duration: UNDO_MS,
        action: { label: "Undo", onClick: () => moveBack(task, from) },
      });
    });
  };

  /** Back to its day: sent against the version the move made (see ownVersions), so it is not a conflict. */
  function moveBack(task: Task, date: string) {
    void mutations.update(task, { dueDate: date }, task.updatedAt).then((saved) => {
      if (saved) announce(`Moved “${saved.title}” back to ${formatWeekdayDate(date, today)}.`);
    });
  }
}
