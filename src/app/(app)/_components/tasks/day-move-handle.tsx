"use client";

import type { KeyboardEvent } from "react";
import { Icon } from "@/components/icon";
import { rowControl } from "../keyboard/task-rows";
import type { DayDragHandleProps } from "./day-drag";
import { RowIconButton } from "./row-icon-button";

interface DayMoveHandleProps {
  title: string;
  /** Being dragged: drawn pressed. */
  dragged: boolean;
  /** Moves the task `days` days later (earlier when negative). */
  onMoveByDays(days: number): void;
  dragProps: DayDragHandleProps;
}

/** Upcoming's handle: drag it onto another day, or press up or down on it (`#day-move-help` says so). */
export function DayMoveHandle({ title, dragged, onMoveByDays, dragProps }: DayMoveHandleProps) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const days = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
    if (days === 0) return;
    event.preventDefault();
    onMoveByDays(days);
  }

  return (
    <RowIconButton
      {...dragProps}
      onKeyDown={onKeyDown}
      className={`cursor-grab ${dragged ? "bg-surface text-fg" : ""}`}
      aria-label={`Move “${title}” to another day`}
      aria-describedby="day-move-help"
      {...rowControl("reorder")}
    >
      <Icon name="grip-vertical" className="size-4" />
    </RowIconButton>
  );
}
