"use client";

import { type DragEvent, useState } from "react";

/** What a dragged row carries: its task's id, under a type no other drag source uses. */
const TASK_ID_TYPE = "text/x-task-id";

export function startTaskDrag(event: DragEvent, taskId: string) {
  event.dataTransfer.setData(TASK_ID_TYPE, taskId);
  event.dataTransfer.effectAllowed = "move";
}

/** The id of the task row dropped (from `event`), or null when something else was. */
export function takeDraggedTaskId(event: DragEvent): string | null {
  return event.dataTransfer.getData(TASK_ID_TYPE) || null;
}

/**
 * A row as a drop target: `isDropTarget` while a row is dragged over it (the drop marker is drawn),
 * and `onDropAt(draggedId, index)` when another row is dropped on it.
 */
export function useTaskDrop(taskId: string, index: number, onDropAt: (draggedId: string, index: number) => void) {
  const [isDropTarget, setDropTarget] = useState(false);
  const dropHandlers = {
    onDragOver(event: DragEvent) {
      event.preventDefault();
      setDropTarget(true);
    },
    onDragLeave() {
      setDropTarget(false);
    },
    onDrop(event: DragEvent) {
      event.preventDefault();
      setDropTarget(false);
      const draggedId = takeDraggedTaskId(event);
      if (draggedId && draggedId !== taskId) onDropAt(draggedId, index);
    },
  };
  return { isDropTarget, dropHandlers };
}
