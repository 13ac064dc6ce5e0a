"use client";

import { CalendarDays, GripVertical, PanelRightOpen, Trash2 } from "lucide-react";
import { type KeyboardEvent, useRef, useState } from "react";
import { taskTitle } from "@/lib/schemas/task";
import { formatDueDate, PRIORITY_LABELS } from "./task-meta";
import type { Task } from "./task-pages";

interface TaskItemProps {
  task: Task;
  index: number;
  onToggle(completed: boolean): void;
  /** `seen`: the version the user was looking at when they began editing. */
  onRename(title: string, seen: Date): void;
  onOpenDetails(): void;
  onDelete(): void;
  /** Moves the task by `offset` places (keyboard); false when it cannot. */
  onMoveBy(offset: number): boolean;
  /** Drag and drop: the row dragged over this one is dropped at this index. */
  onDropAt(draggedId: string, index: number): void;
}

const priorityColor: Record<number, string> = {
  1: "text-red-700 dark:text-red-300",
  2: "text-orange-700 dark:text-orange-300",
  3: "text-blue-700 dark:text-blue-300",
};

const iconButton =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-fg";

export function TaskItem({
  task,
  index,
  onToggle,
  onRename,
  onOpenDetails,
  onDelete,
  onMoveBy,
  onDropAt,
}: TaskItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(task.title);
  const [seen, setSeen] = useState(task.updatedAt);
  const titleButton = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState(false);

  function startEditing() {
    setDraft(task.title);
    setSeen(task.updatedAt);
    setError(null);
    setEditing(true);
  }

  /** Leaves the editor; from the keyboard, the caret goes back to the title it edited. */
  function stopEditing(refocus: boolean) {
    setEditing(false);
    if (refocus) requestAnimationFrame(() => titleButton.current?.focus());
  }

  function commit(refocus: boolean) {
    const parsed = taskTitle.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a title.");
      return;
    }
    stopEditing(refocus);
    if (parsed.data !== task.title) onRename(parsed.data, seen);
  }

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      commit(true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      stopEditing(true);
    }
  }

  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>) {
    const offset = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    onMoveBy(offset);
  }

  const titleId = `task-title-${task.id}`;
  return (
    <li
      className={`group flex items-start gap-1 border-b border-border py-2 ${dropTarget ? "border-t-2 border-t-accent" : ""}`}
      aria-labelledby={titleId}
      data-task-id={task.id}
      onDragOver={(event) => {
        event.preventDefault();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropTarget(false);
        const draggedId = event.dataTransfer.getData("text/x-task-id");
        if (draggedId && draggedId !== task.id) onDropAt(draggedId, index);
      }}
    >
      <button
        type="button"
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData("text/x-task-id", task.id);
          event.dataTransfer.effectAllowed = "move";
        }}
        onKeyDown={onHandleKey}
        className={`${iconButton} cursor-grab`}
        aria-label={`Reorder “${task.title}”`}
        aria-describedby="reorder-help"
        data-reorder-handle={task.id}
      >
        <GripVertical aria-hidden className="size-4" />
      </button>
      <label className="inline-flex min-h-10 min-w-10 items-center justify-center">
        <input
          type="checkbox"
          checked={task.completed}
          onChange={(event) => onToggle(event.target.checked)}
          className="size-5 accent-accent"
          aria-label={`Complete “${task.title}”`}
        />
      </label>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5 py-1.5">
        {editing ? (
          <>
            <input
              ref={focusOnMount}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onTitleKey}
              onBlur={() => commit(false)}
              maxLength={500}
              aria-label="Task title"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${titleId}-error` : undefined}
              className="min-h-9 rounded border border-border bg-bg px-2 text-base"
            />
            {error ? (
              <p id={`${titleId}-error`} role="alert" className="text-sm text-danger">
                {error}
              </p>
            ) : null}
          </>
        ) : (
          <button
            ref={titleButton}
            type="button"
            id={titleId}
            onClick={startEditing}
            className={`text-left break-words ${task.completed ? "text-muted line-through" : ""}`}
            aria-label={`${task.title}. Edit title`}
          >
            {task.title}
          </button>
        )}
        <TaskMeta task={task} />
      </div>
      <button type="button" onClick={onOpenDetails} className={iconButton} aria-label={`Details of “${task.title}”`}>
        <PanelRightOpen aria-hidden className="size-4" />
      </button>
      <button type="button" onClick={onDelete} className={iconButton} aria-label={`Delete “${task.title}”`}>
        <Trash2 aria-hidden className="size-4" />
      </button>
    </li>
  );
}

/** The user just asked to edit: put the caret in the field. */
function focusOnMount(element: HTMLInputElement | null) {
  element?.focus();
}

function TaskMeta({ task }: { task: Task }) {
  if (task.priority === 4 && !task.dueDate && !task.description) return null;
  return (
    <p className="flex flex-wrap items-center gap-x-3 text-xs text-muted">
      {task.priority < 4 ? (
        <span className={`font-semibold ${priorityColor[task.priority] ?? ""}`}>
          <span aria-hidden>p{task.priority}</span>
          <span className="sr-only">{PRIORITY_LABELS[task.priority]}</span>
        </span>
      ) : null}
      {task.dueDate ? (
        <span className="inline-flex items-center gap-1">
          <CalendarDays aria-hidden className="size-3.5" />
          <span className="sr-only">Due</span>
          {formatDueDate(task.dueDate)}
          {task.dueTime ? ` ${task.dueTime}` : ""}
        </span>
      ) : null}
      {task.description ? <span className="truncate">{task.description.split("\n")[0]}</span> : null}
    </p>
  );
}
