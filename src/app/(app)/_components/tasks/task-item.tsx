"use client";

import { PanelRightOpen, Trash2 } from "lucide-react";
import type { MouseEvent, ReactNode } from "react";
import { rowControl } from "../keyboard/task-rows";
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
  /** `seen`: the version the user was looking at when they began editing. */
  onRename(title: string, seen: Date): void;
  onOpenDetails(): void;
  /** Opens the scheduler; `opener` takes the focus back when it closes. */
  onSchedule(opener: HTMLElement): void;
  onDelete(): void;
  /** Moves the task by `offset` places (keyboard); false when it cannot. */
  onMoveBy(offset: number): boolean;
  /** Drag and drop: the row dragged over this one is dropped at this index. */
  onDropAt(draggedId: string, index: number): void;
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
      className={`border-b border-border -outline-offset-2 ${isDropTarget ? "border-t-2 border-t-accent" : ""}`}
      {...dropHandlers}
    >
      {/* Selected: tinted with an accent bar, unlike a completed row (struck through), in both themes. */}
      <div
        className={`group flex items-start gap-1 py-2 ${selected ? "bg-accent/10 shadow-[inset_3px_0_0_0_var(--color-accent)]" : ""}`}
        data-selected={selected || undefined}
      >
        <label className="inline-flex min-h-10 min-w-8 items-center justify-center">
          <input
            type="checkbox"
            checked={selected}
            onClick={(event: MouseEvent<HTMLInputElement>) => onSelect({ shiftKey: event.shiftKey })}
            onChange={() => {}}
            className="size-4 accent-accent"
            aria-label={`Select “${task.title}”`}
            data-select-task={task.id}
          />
        </label>
        {context.reorderable ? <ReorderHandle taskId={task.id} title={task.title} onMoveBy={onMoveBy} /> : null}
        <CompleteCheckbox
          title={task.title}
          checked={task.completed}
          onChange={onToggle}
          size="row"
          priority={task.priority}
          {...rowControl("complete")}
        />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5 py-1.5">
          <TaskTitleEditor task={task} titleId={titleId} onRename={onRename} />
          <TaskChips
            task={task}
            context={context}
            expanded={expanded}
            onToggleExpanded={onToggleExpanded}
            onSchedule={onSchedule}
          />
        </div>
        <RowIconButton onClick={onOpenDetails} aria-label={`Details of “${task.title}”`}>
          <PanelRightOpen aria-hidden className="size-4" />
        </RowIconButton>
        <RowIconButton onClick={onDelete} aria-label={`Delete “${task.title}”`}>
          <Trash2 aria-hidden className="size-4" />
        </RowIconButton>
      </div>
      {subtasks}
    </li>
  );
}
