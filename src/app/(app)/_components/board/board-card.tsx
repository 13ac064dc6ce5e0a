"use client";

import type { CSSProperties, KeyboardEvent } from "react";
import { Icon } from "@/components/icon";
import { rowControl } from "../keyboard/task-rows";
import { CompleteCheckbox } from "../tasks/complete-checkbox";
import type { RowContext } from "../tasks/row-context";
import { RowIconButton } from "../tasks/row-icon-button";
import { TaskChips } from "../tasks/task-chips";
import type { Task } from "../tasks/task-pages";
import type { CardDirection } from "./board-columns";
import type { BoardDrag } from "./board-drag";

const arrows: Record<string, CardDirection> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** Where the carried card would land, drawn as a bar above or below this card. */
export type DropMark = "before" | "after" | null;

interface BoardCardProps {
  task: Task;
  context: RowContext;
  /** Owners and editors move cards; a viewer's board has no handles. */
  canMove: boolean;
  drag: BoardDrag;
  dropMark: DropMark;
  onToggle(completed: boolean): void;
  onOpenDetails(): void;
  /** Moves the card by keyboard (its handle's arrows). */
  onMove(direction: CardDirection): void;
}

/**
 * A task's card: its complete box, its title (click or Enter opens the details dialog, as a row's does),
 * its chips (date, priority, labels…), and a handle: drag it, or press an arrow key on it (`#board-move-help`).
 * A mouse or a pen drags the whole card. It is a task row for the list shortcuts (j/k, x, e, t, Delete).
 */
export function BoardCard({ task, context, canMove, drag, dropMark, onToggle, onOpenDetails, onMove }: BoardCardProps) {
  const titleId = `task-title-${task.id}`;
  const carried = drag.draggedId === task.id ? drag.offset : null;
  const style: CSSProperties | undefined = carried
    ? { transform: `translate(${carried.x}px, ${carried.y}px)` }
    : undefined;
  const mark =
    dropMark === "before"
      ? "shadow-[0_-4px_0_0_var(--color-accent)]"
      : dropMark === "after"
        ? "shadow-[0_4px_0_0_var(--color-accent)]"
        : "shadow-sm";

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const direction = arrows[event.key];
    if (!direction || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    onMove(direction);
  }

  return (
    <li
      aria-labelledby={titleId}
      data-task-id={task.id}
      data-task-row
      data-board-card
      tabIndex={-1}
      style={style}
      className={`select-none rounded-lg border border-border bg-bg p-1.5 -outline-offset-2 ${mark} ${
        carried ? "relative z-20 cursor-grabbing opacity-90 ring-2 ring-accent" : ""
      } ${canMove ? "pointer-fine:cursor-grab" : ""}`}
      {...(canMove ? drag.cardProps(task.id) : {})}
    >
      <div className="flex items-start gap-1">
        <CompleteCheckbox
          title={task.title}
          checked={task.completed}
          onChange={onToggle}
          size="subtask"
          priority={task.priority}
          {...rowControl("complete")}
        />
        <button
          id={titleId}
          type="button"
          aria-haspopup="dialog"
          onClick={onOpenDetails}
          className={`min-h-8 min-w-0 flex-1 rounded px-1 py-1 text-left text-sm break-words hover:bg-surface ${
            task.completed ? "text-muted line-through" : ""
          }`}
        >
          {task.title}
        </button>
        {canMove ? (
          <RowIconButton
            {...drag.handleProps}
            onKeyDown={onKeyDown}
            className="-my-1 cursor-grab"
            aria-label={`Move “${task.title}”`}
            aria-describedby="board-move-help"
            {...rowControl("reorder")}
          >
            <Icon name="grip-vertical" className="size-4" />
          </RowIconButton>
        ) : null}
      </div>
      <div className="pl-9 pr-1">
        <TaskChips task={task} context={context} />
      </div>
    </li>
  );
}
