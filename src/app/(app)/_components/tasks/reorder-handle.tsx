"use client";

import type { KeyboardEvent } from "react";
import { Icon } from "@/components/icon";
import { rowControl } from "../keyboard/task-rows";
import { RowIconButton } from "./row-icon-button";
import { startTaskDrag } from "./task-drag-and-drop";

interface ReorderHandleProps {
  taskId: string;
  title: string;
  /** Moves the task by `offset` places; false when it cannot. */
  onMoveBy(offset: number): boolean;
}

/** Drag it, or press the up or down arrow on it, to move the task (`#reorder-help` says so). */
export function ReorderHandle({ taskId, title, onMoveBy }: ReorderHandleProps) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const offset = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    onMoveBy(offset);
  }

  return (
    <RowIconButton
      draggable
      onDragStart={(event) => startTaskDrag(event, taskId)}
      onKeyDown={onKeyDown}
      className="cursor-grab"
      aria-label={`Reorder “${title}”`}
      aria-describedby="reorder-help"
      {...rowControl("reorder")}
    >
      <Icon name="grip-vertical" className="size-4" />
    </RowIconButton>
  );
}
