"use client";

import { useRef, useState } from "react";
import { selectionAfterClick } from "./selection-range";
import type { Task } from "./task-pages";

/** The tasks picked for a bulk change (click, shift-click, Space), each change announced. */
export function useSelection(tasks: readonly Task[], announce: (message: string) => void) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);

  function select(task: Task, shiftKey: boolean) {
    const listed = tasks.map((item) => item.id);
    const next = selectionAfterClick(selected, listed, anchor.current, task.id, shiftKey);
    anchor.current = task.id;
    setSelected(next);
    announce(`${next.size} ${next.size === 1 ? "task" : "tasks"} selected.`);
  }

  function clear() {
    setSelected(new Set());
    announce("Selection cleared.");
  }

  return {
    isSelected: (id: string) => selected.has(id),
    // Tasks that left the list (completed, moved elsewhere) no longer count as selected.
    chosen: tasks.filter((task) => selected.has(task.id)),
    select,
    clear,
    /** Clears without a word: the change that used the selection announces itself. */
    reset: () => setSelected(new Set()),
  };
}
