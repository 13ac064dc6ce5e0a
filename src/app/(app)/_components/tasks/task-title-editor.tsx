"use client";

import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { QUICK_ADD_LINE_MAX } from "@/lib/schemas/task-limits";
import { type TitleChanges, titleChanges } from "../quick-add/line-fields";
import { LineReadout } from "../quick-add/line-readout";
import { useTaskLine } from "../quick-add/use-task-line";
import type { Task } from "./task-pages";

interface TaskTitleEditorProps {
  task: Task;
  /** The title button's id: the row is labelled by it. */
  titleId: string;
  timeZone: string;
  /**
   * The new title, and what it recognised as changes to the task (a date, p1, @label…).
   * `seen`: the version the user was looking at when they began editing.
   */
  onRename(changes: TitleChanges, seen: Date): void;
}

/** A row's title: a button that turns into a field to rename the task in place. */
export function TaskTitleEditor({ task, titleId, timeZone, onRename }: TaskTitleEditorProps) {
  const [editing, setEditing] = useState(false);
  const titleButton = useRef<HTMLButtonElement>(null);

  /** Leaves the editor; from the keyboard, the caret goes back to the title it edited. */
  function stopEditing(refocus: boolean) {
    setEditing(false);
    if (refocus) requestAnimationFrame(() => titleButton.current?.focus());
  }

  if (!editing) {
    return (
      <button
        ref={titleButton}
        type="button"
        id={titleId}
        onClick={() => setEditing(true)}
        className={task.completed ? "text-left break-words text-muted line-through" : "text-left break-words"}
        aria-label={`${task.title}. Edit title`}
      >
        {task.title}
      </button>
    );
  }
  return (
    <TitleField
      task={task}
      titleId={titleId}
      timeZone={timeZone}
      onDone={(changes, seen, refocus) => {
        stopEditing(refocus);
        if (changes) onRename(changes, seen);
      }}
    />
  );
}

/**
 * The field, mounted while editing: it starts from the title and the version on screen then. The new
 * title is read as quick add reads a line ("Call Sam tomorrow p1"); what it recognised shows under it
 * before saving, and is saved with the title as one update.
 */
function TitleField({
  task,
  titleId,
  timeZone,
  onDone,
}: {
  task: Task;
  titleId: string;
  timeZone: string;
  /** `changes` null: nothing to save (cancelled, or unchanged). */
  onDone(changes: TitleChanges | null, seen: Date, refocus: boolean): void;
}) {
  const [seen] = useState(task.updatedAt);
  const line = useTaskLine({
    timeZone,
    initialText: task.title,
    eager: true,
    // A subtask's project is its parent's; the line names the project of the task otherwise.
    defaults: { projectId: task.projectId },
    projectFixed: task.parentId !== null,
  });
  const field = useRef<HTMLInputElement>(null);
  const area = useRef<HTMLFieldSetElement>(null);
  const finished = useRef(false);
  const [error, setError] = useState<string | null>(null);

  // The user just asked to edit: the caret goes in the field.
  useEffect(() => field.current?.focus(), []);

  /** Once: Enter, then the blur of the field going away, is one rename. */
  function finish(changes: TitleChanges | null, refocus: boolean) {
    if (finished.current) return;
    finished.current = true;
    onDone(changes, seen, refocus);
  }
  const previewId = `${titleId}-preview`;
  const errorId = `${titleId}-error`;

  async function commit(refocus: boolean) {
    const entered = await line.enter();
    if (!entered) return;
    const { plan, title } = entered;
    if (!title.success) {
      setError(title.error.issues[0]?.message ?? "Enter a title.");
      return;
    }
    const changes = titleChanges({ ...plan, parsed: { ...plan.parsed, title: title.data } }, task);
    const unchanged = Object.keys(changes).length === 1 && changes.title === task.title;
    finish(unchanged ? null : changes, refocus);
  }

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      void commit(true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      finish(null, true);
    }
  }

  /** Leaving the editor saves; moving between the field and its recognised parts does not. */
  function onLeave(event: FocusEvent<HTMLFieldSetElement>) {
    if (!area.current?.contains(event.relatedTarget)) void commit(false);
  }

  return (
    <fieldset
      ref={area}
      aria-label={`Rename “${task.title}”`}
      onBlur={onLeave}
      className="m-0 flex min-w-0 flex-col gap-1 border-0 p-0"
    >
      <input
        ref={field}
        value={line.text}
        onChange={(event) => {
          line.edit(event.target.value);
          setError(null);
        }}
        onKeyDown={onTitleKey}
        maxLength={QUICK_ADD_LINE_MAX}
        aria-label="Task title"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${previewId}${error ? ` ${errorId}` : ""}`}
        className="min-h-9 rounded border border-border bg-bg px-2 text-base"
      />
      <LineReadout line={line} id={previewId} verb="Renames to" refocus={() => field.current?.focus()} />
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
