"use client";

import {
  CalendarDays,
  Check,
  ChevronRight,
  CornerDownRight,
  GripVertical,
  PanelRightOpen,
  Repeat,
  Trash2,
} from "lucide-react";
import { type KeyboardEvent, type MouseEvent, type ReactNode, useRef, useState } from "react";
import { ColorDot } from "@/components/color-dot";
import { formatDueLabel, formatInstant, isOverdue } from "@/lib/dates";
import { describeRecurrence } from "@/lib/recurrence";
import { TASK_TITLE_MAX, taskTitle } from "@/lib/schemas/task";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { PRIORITY_LABELS } from "./task-meta";
import type { Task } from "./task-pages";

/** What a row needs to know about where it is shown. */
export interface RowContext {
  today: string;
  /** When the page was rendered, and the user's zone: overdue is judged against them. */
  now: Date;
  timeZone: string;
  organizers: Organizers;
  /** The project name is left out in that project's own view. */
  showProject: boolean;
  /** Manual order can be changed here (not in date-sorted or search views). */
  reorderable: boolean;
}

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

/** The complete box is round (the select box beside it is square), ringed in the priority's colour. */
export const completeBox =
  "peer size-5 shrink-0 cursor-pointer appearance-none rounded-full border-2 bg-bg checked:border-accent checked:bg-accent";
export const completeMark = "pointer-events-none absolute hidden size-3 text-accent-fg peer-checked:block";

const priorityRing: Record<number, string> = {
  1: "border-red-600 dark:border-red-400",
  2: "border-orange-600 dark:border-orange-400",
  3: "border-blue-600 dark:border-blue-400",
};

const iconButton =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-fg";

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
      aria-labelledby={titleId}
      data-task-id={task.id}
      // j and k move the focus through the rows (keyboard/task-rows.ts).
      data-task-row
      tabIndex={-1}
      className={`border-b border-border -outline-offset-2 ${dropTarget ? "border-t-2 border-t-accent" : ""}`}
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
      <div className={`group flex items-start gap-1 py-2 ${selected ? "bg-surface" : ""}`}>
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
        {context.reorderable ? (
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
        ) : null}
        <label className="relative inline-flex min-h-10 min-w-10 items-center justify-center">
          <input
            type="checkbox"
            checked={task.completed}
            onChange={(event) => onToggle(event.target.checked)}
            className={`${completeBox} ${priorityRing[task.priority] ?? "border-muted"}`}
            aria-label={`Complete “${task.title}”`}
          />
          <Check aria-hidden className={completeMark} />
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
                maxLength={TASK_TITLE_MAX}
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
          <TaskMeta task={task} context={context} expanded={expanded} onToggleExpanded={onToggleExpanded} />
        </div>
        <button type="button" onClick={onOpenDetails} className={iconButton} aria-label={`Details of “${task.title}”`}>
          <PanelRightOpen aria-hidden className="size-4" />
        </button>
        <button type="button" onClick={onDelete} className={iconButton} aria-label={`Delete “${task.title}”`}>
          <Trash2 aria-hidden className="size-4" />
        </button>
      </div>
      {subtasks}
    </li>
  );
}

/** The user just asked to edit: put the caret in the field. */
function focusOnMount(element: HTMLInputElement | null) {
  element?.focus();
}

const chip = "inline-flex items-center gap-1";

function TaskMeta({
  task,
  context,
  expanded,
  onToggleExpanded,
}: {
  task: Task;
  context: RowContext;
  expanded?: boolean | undefined;
  onToggleExpanded?: (() => void) | undefined;
}) {
  const project = task.projectId ? context.organizers.projectById.get(task.projectId) : undefined;
  const labels = task.labelIds.flatMap((id) => context.organizers.labelById.get(id) ?? []);
  const overdue = !task.completed && isOverdue(task, context.now, context.timeZone);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
      {task.subtasks.total > 0 ? (
        onToggleExpanded ? (
          <button
            type="button"
            onClick={onToggleExpanded}
            aria-expanded={expanded}
            className={`${chip} min-h-6 rounded px-1 hover:bg-surface`}
            // Holds the visible "1/3" as written: a spoken name must contain the words on screen (WCAG 2.5.3).
            aria-label={`Subtasks of “${task.title}”: ${task.subtasks.done}/${task.subtasks.total} done`}
          >
            <ChevronRight aria-hidden className={`size-3.5 transition ${expanded ? "rotate-90" : ""}`} />
            {task.subtasks.done}/{task.subtasks.total}
          </button>
        ) : (
          <span className={chip}>
            <span className="sr-only">Subtasks done:</span>
            {task.subtasks.done}/{task.subtasks.total}
          </span>
        )
      ) : null}
      {task.priority < 4 ? (
        <span className={`font-semibold ${priorityColor[task.priority] ?? ""}`}>
          <span aria-hidden>p{task.priority}</span>
          <span className="sr-only">{PRIORITY_LABELS[task.priority]}</span>
        </span>
      ) : null}
      {task.dueDate ? (
        <span className={`${chip} ${overdue ? "font-medium text-danger" : ""}`} data-due={task.dueDate}>
          <CalendarDays aria-hidden className="size-3.5" />
          <span className="sr-only">{overdue ? "Overdue, was due" : "Due"}</span>
          {formatDueLabel(task.dueDate, task.dueTime, context.today)}
          {overdue ? <span aria-hidden>· overdue</span> : null}
        </span>
      ) : null}
      {task.recurrence ? (
        <span className={chip}>
          <Repeat aria-hidden className="size-3.5" />
          <span className="sr-only">Repeats:</span>
          {describeRecurrence(task.recurrence.rrule, task.recurrence.from)}
        </span>
      ) : null}
      {labels.map((label) => (
        <span key={label.id} className={chip}>
          <ColorDot color={label.color} className="size-2" />@{label.name}
        </span>
      ))}
      {task.parentTitle ? (
        <span className={chip}>
          <CornerDownRight aria-hidden className="size-3.5" />
          <span className="sr-only">Subtask of</span>
          {task.parentTitle}
        </span>
      ) : null}
      {context.showProject && project ? (
        <span className={chip}>
          <ColorDot color={project.color} className="size-2" />
          <span className="sr-only">Project:</span>
          {project.name}
        </span>
      ) : null}
      {task.completed && task.completedAt ? (
        <span>
          Completed{" "}
          <time dateTime={task.completedAt.toISOString()}>{formatInstant(task.completedAt, context.timeZone)}</time>
        </span>
      ) : null}
      {task.description ? <span className="truncate">{task.description.split("\n")[0]}</span> : null}
    </div>
  );
}
