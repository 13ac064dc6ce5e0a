"use client";

import { ColorDot } from "@/components/color-dot";
import { Icon } from "@/components/icon";
import { formatDueLabel, formatRecentInstant, isOverdue } from "@/lib/dates";
import { NotSavedChip } from "../offline/not-saved-chip";
import { DeadlineChip } from "./deadline-chip";
import { LazyRepeatChip } from "./lazy-list-parts";
import type { RowContext } from "./row-context";
import { TaskLinks } from "./task-links";
import { PRIORITY_LABELS } from "./task-meta";
import type { Task } from "./task-pages";

interface TaskChipsProps {
  task: Task;
  context: RowContext;
  expanded?: boolean | undefined;
  /** Absent: the subtask count is shown, not a button that expands the subtasks. */
  onToggleExpanded?: (() => void) | undefined;
  /** Absent: the due date is plain text, not a button that opens the scheduler. */
  onSchedule?: ((opener: HTMLElement) => void) | undefined;
  /** Where the line sits in its container (a row's grid area). */
  className?: string;
}

/**
 * The line under a row's title: subtasks, priority, due date, reminder, repeat, labels, assignee, parent,
 * project, completion. Its classes (`.chips`, `.chip`…) are in globals.css: a list repeats them in every row.
 */
export function TaskChips({ task, context, expanded, onToggleExpanded, onSchedule, className }: TaskChipsProps) {
  const project = task.projectId ? context.organizers.projectById.get(task.projectId) : undefined;
  const labels = task.labelIds.flatMap((id) => context.organizers.labelById.get(id) ?? []);
  return (
    <div className={className ? `chips ${className}` : "chips"}>
      <NotSavedChip taskId={task.id} />
      {task.subtasks.total > 0 ? (
        <SubtasksChip task={task} expanded={expanded} onToggleExpanded={onToggleExpanded} />
      ) : null}
      {task.priority < 4 ? (
        <span className={`priority-${task.priority}`}>
          <span aria-hidden>{`p${task.priority}`}</span>
          <span className="sr-only">{PRIORITY_LABELS[task.priority]}</span>
        </span>
      ) : null}
      {task.dueDate ? (
        <DueChip task={task} dueDate={task.dueDate} context={context} onSchedule={onSchedule} />
      ) : onSchedule && !task.completed ? (
        <ScheduleButton task={task} onSchedule={onSchedule} />
      ) : null}
      {task.deadline ? (
        <DeadlineChip deadline={task.deadline} completed={task.completed} today={context.today} />
      ) : null}
      {task.hasReminder ? (
        <span className="chip" data-reminder>
          <Icon name="bell-ring" className="size-3.5" />
          <span className="sr-only">Reminder set</span>
        </span>
      ) : null}
      {task.recurrence ? <LazyRepeatChip rrule={task.recurrence.rrule} from={task.recurrence.from} /> : null}
      {labels.map((label) => (
        <span key={label.id} className="chip">
          <ColorDot color={label.color} className="size-2" />@{label.name}
        </span>
      ))}
      {task.commentCount > 0 ? (
        <span className="chip">
          <Icon name="message-square" className="size-3.5" />
          {task.commentCount}
          <span className="sr-only"> {task.commentCount === 1 ? "comment" : "comments"}</span>
        </span>
      ) : null}
      {task.assigneeName ? (
        <span className="chip">
          <Icon name="user-round" className="size-3.5" />
          <span className="sr-only">Assigned to </span>
          {task.assigneeName}
        </span>
      ) : null}
      {task.parentTitle ? (
        <span className="chip">
          <Icon name="corner-down-right" className="size-3.5" />
          <span className="sr-only">Subtask of</span>
          {task.parentTitle}
        </span>
      ) : null}
      {context.showProject && project ? (
        <span className="chip">
          <ColorDot color={project.color} className="size-2" />
          <span className="sr-only">Project:</span>
          {project.name}
        </span>
      ) : null}
      {task.completed && task.completedAt ? (
        <span>
          Completed{" "}
          <time dateTime={task.completedAt.toISOString()}>
            {formatRecentInstant(task.completedAt, context.timeZone, context.today, context.hourCycle)}
          </time>
        </span>
      ) : null}
      <TaskLinks title={task.title} description={task.description} />
      {task.description ? <span className="truncate">{task.description.split("\n")[0]}</span> : null}
    </div>
  );
}

/** "1/3": a button that shows or hides the subtasks, or plain text where they cannot be expanded. */
function SubtasksChip({ task, expanded, onToggleExpanded }: Omit<TaskChipsProps, "context">) {
  if (!onToggleExpanded) {
    return (
      <span className="chip">
        <span className="sr-only">Subtasks done:</span>
        {task.subtasks.done}/{task.subtasks.total}
      </span>
    );
  }
  return (
    <button
      type="button"
      onClick={onToggleExpanded}
      aria-expanded={expanded}
      className="chip-button"
      // Holds the visible "1/3" as written: a spoken name must contain the words on screen (WCAG 2.5.3).
      aria-label={`Subtasks of “${task.title}”: ${task.subtasks.done}/${task.subtasks.total} done`}
    >
      <Icon name="chevron-right" className={`size-3.5 transition ${expanded ? "rotate-90" : ""}`} />
      {task.subtasks.done}/{task.subtasks.total}
    </button>
  );
}

/** The due date (and time), marked when it has passed; a button that opens the scheduler where it can. */
function DueChip({
  task,
  dueDate,
  context,
  onSchedule,
}: {
  task: Task;
  dueDate: string;
  context: RowContext;
  onSchedule: TaskChipsProps["onSchedule"];
}) {
  const overdue = !task.completed && isOverdue(task, context.now, context.timeZone);
  const due = overdue ? "Overdue, was due" : "Due";
  const label = formatDueLabel(dueDate, task.dueTime, context.today, context.hourCycle);
  const content = (
    <>
      <Icon name="calendar-days" className="size-3.5" />
      <span className="sr-only">{due}</span>
      {label}
      {overdue ? <span aria-hidden>· overdue</span> : null}
    </>
  );
  const overdueLook = overdue ? " font-medium text-danger" : "";
  if (!onSchedule || task.completed) {
    return (
      <span className={`chip${overdueLook}`} data-due={dueDate}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`chip-button -mx-1${overdueLook}`}
      data-due={dueDate}
      aria-haspopup="dialog"
      // Holds the visible text (WCAG 2.5.3) and names the task as the row's other buttons do (as an
      // attribute, so the title is not twice in the page's text).
      aria-label={`Due ${label}${overdue ? " · overdue" : ""}, reschedule “${task.title}”`}
      onClick={(event) => onSchedule(event.currentTarget)}
    >
      {content}
    </button>
  );
}

/** A row without a date: "Schedule", in view on hover or focus (always on touch screens, which have no hover). */
function ScheduleButton({ task, onSchedule }: { task: Task; onSchedule: (opener: HTMLElement) => void }) {
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-label={`Schedule “${task.title}”`}
      onClick={(event) => onSchedule(event.currentTarget)}
      className="chip-button row-schedule -mx-1"
    >
      <Icon name="calendar-plus" className="size-3.5" />
      Schedule
    </button>
  );
}
