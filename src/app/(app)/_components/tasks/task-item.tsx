"use client";

import type { MouseEvent, ReactNode } from "react";
import { Icon } from "@/components/icon";
import { rowControl } from "../keyboard/task-rows";
import type { TitleChanges } from "../quick-add/line-fields";
import { CompleteCheckbox } from "./complete-checkbox";
import { ReorderHandle } from "./reorder-handle";
import type { RowContext } from "./row-context";
import { RowIconButton } from "./row-icon-button";
import { TaskChips } from "./task-chips";
import { useTaskDrop } from "./task-drag-and-drop";
import type { Task } from "./task-pages";
import { TaskTitleEditor } from "./task-title-editor";

interface TaskItemProps {
  task: Task;
  index: number;
  context: RowContext;
  selected: boolean;
  /** Click, shift-click (a range) or Space on the selection box. */
  onSelect(event: { shiftKey: boolean }): void;
  /** Shown below the row: its subtasks, when expanded. */
  subtasks?: ReactNode;
  expanded?: boolean;
  onToggleExpanded?(): void;
  onToggle(completed: boolean): void;
  /** A new title and what it recognised; `seen`: the version the user was looking at when they began editing. */
  onRename(changes: TitleChanges, seen: Date): void;
  onOpenDetails(): void;
  /** Opens the scheduler; `opener` takes the focus back when it closes. */
  onSchedule(opener: HTMLElement): void;
  onDelete(): void;
  /** Moves the task by `offset` places (keyboard); false when it cannot. */
  onMoveBy(offset: number): boolean;
  /** Drag and drop: the row dragged over this one is dropped at this index. */
  onDropAt(draggedId: string, index: number): void;
  /** A handle that moves the task otherwise than in the list's order (Upcoming: to another day). */
  handle?: ReactNode;
}

export function TaskItem({
  task,
  index,
  context,
  selected,
  onSelect,
  subtasks,
  expanded,
  onToggleExpanded,
  onToggle,
  onRename,
  onOpenDetails,
  onSchedule,
  onDelete,
  onMoveBy,
  onDropAt,
  handle,
}: TaskItemProps) {
  const { isDropTarget, dropHandlers } = useTaskDrop(task.id, index, onDropAt);
  const titleId = `task-title-${task.id}`;
  return (
    <li
      aria-labelledby={titleId}
      data-task-id={task.id}
      // j and k move the focus through the rows (keyboard/task-rows.ts).
      data-task-row
      tabIndex={-1}
      className={isDropTarget ? "task-item border-t-2 border-t-accent" : "task-item"}
      {...dropHandlers}
    >
      {/* The parts' classes are in globals.css (a list repeats them in every row). */}
      <div className="task-row" data-selected={selected || undefined}>
        <label className="row-select">
          <input
            type="checkbox"
            checked={selected}
            onClick={(event: MouseEvent<HTMLInputElement>) => onSelect({ shiftKey: event.shiftKey })}
            onChange={() => {}}
            aria-label={`Select “${task.title}”`}
          />
        </label>
        <div className="row-handle">
          {handle ??
            (context.reorderable ? <ReorderHandle taskId={task.id} title={task.title} onMoveBy={onMoveBy} /> : null)}
        </div>
        <CompleteCheckbox
          title={task.title}
          checked={task.completed}
          onChange={onToggle}
          size="row"
          priority={task.priority}
          className="row-complete"
          {...rowControl("complete")}
        />
        <div className="row-title">
          <TaskTitleEditor task={task} titleId={titleId} timeZone={context.timeZone} onRename={onRename} />
        </div>
        <TaskChips
          task={task}
          context={context}
          expanded={expanded}
          onToggleExpanded={onToggleExpanded}
          onSchedule={onSchedule}
          className="row-chips"
        />
        <RowIconButton onClick={onOpenDetails} aria-label={`Details of “${task.title}”`} className="row-details">
          <Icon name="panel-right-open" className="size-4" />
        </RowIconButton>
        <RowIconButton onClick={onDelete} aria-label={`Delete “${task.title}”`} className="row-delete">
          <Icon name="trash" className="size-4" />
        </RowIconButton>
      </div>
      {subtasks}
    </li>
  );
}
