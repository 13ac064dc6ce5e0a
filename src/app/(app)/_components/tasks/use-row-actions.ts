"use client";

import { focusRowControlLater, keepFocusNear } from "./keep-focus";
import type { TaskListInput } from "./task-list-input";
import type { Task } from "./task-pages";
import type { useTaskMutations } from "./use-task-mutations";

type Mutations = ReturnType<typeof useTaskMutations>;

/** What a row's controls and the shortcuts do to a task, keeping the keyboard on or near its row. */
export function useRowActions(tasks: readonly Task[], input: TaskListInput, mutations: Mutations) {
  function complete(task: Task, completed: boolean) {
    if (completed && !confirmOpenSubtasks(task)) return;
    // A repeating task stays in the list (with its next date), so the keyboard stays on it.
    if (completed && input.status === "open" && !task.recurrence) {
      keepFocusNear(tasks, task.id, () => mutations.setCompleted(task, true));
    } else mutations.setCompleted(task, completed);
  }

  function remove(task: Task) {
    keepFocusNear(tasks, task.id, () => mutations.remove(task));
  }

  function moveBy(task: Task, offset: number) {
    const index = tasks.findIndex((item) => item.id === task.id);
    const moved = mutations.move(task.id, index + offset);
    // The row moved in the DOM: keep the keyboard on its handle.
    if (moved) focusRowControlLater(task.id, "reorder");
    return moved;
  }

  /** Dropped on a row: it goes just above that row, where the drop marker was drawn. */
  function dropAt(draggedId: string, targetIndex: number) {
    const from = tasks.findIndex((item) => item.id === draggedId);
    mutations.move(draggedId, from < targetIndex ? targetIndex - 1 : targetIndex);
  }

  return { complete, remove, moveBy, dropAt };
}

/** Completing a task with open subtasks completes them too: asked first (not for a repeating task). */
function confirmOpenSubtasks(task: Task): boolean {
  const open = task.subtasks.total - task.subtasks.done;
  if (open <= 0 || task.recurrence) return true;
  return window.confirm(
    `“${task.title}” has ${open} open ${open === 1 ? "subtask" : "subtasks"}. Complete ${open === 1 ? "it" : "them"} too?`,
  );
}
