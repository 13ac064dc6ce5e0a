"use client";

import { type KeyboardEvent, useRef, useState } from "react";
import { TASK_TITLE_MAX, taskTitle } from "@/lib/schemas/task";
import type { Task } from "./task-pages";

interface TaskTitleEditorProps {
  task: Task;
  /** The title button's id: the row is labelled by it. */
  titleId: string;
  /** `seen`: the version the user was looking at when they began editing. */
  onRename(title: string, seen: Date): void;
}

/** A row's title: a button that turns into a field to rename the task in place. */
export function TaskTitleEditor({ task, titleId, onRename }: TaskTitleEditorProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(task.title);
  const [seen, setSeen] = useState(task.updatedAt);
  const titleButton = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);

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

  if (!editing) {
    return (
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
    );
  }
  return (
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
  );
}

/** The user just asked to edit: put the caret in the field. */
function focusOnMount(element: HTMLInputElement | null) {
  element?.focus();
}
