"use client";

import { Plus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { TASK_TITLE_MAX, taskTitle } from "@/lib/schemas/task";

interface AddTaskFormProps {
  /** Resolves false when the task was not saved (refused, rolled back): its text comes back into the field. */
  onAdd: (title: string) => Promise<boolean>;
  /** For a parent's subtasks: the field's id, its label and the form's name differ. */
  fieldId?: string;
  label?: string;
  formLabel?: string;
  placeholder?: string;
}

/**
 * One line: type a title, press Enter. The field clears at once and the task appears optimistically; if it
 * is refused, the text comes back (unless something new was typed meanwhile), so a failure never loses it.
 */
export function AddTaskForm({
  onAdd,
  fieldId = "new-task-title",
  label = "New task",
  formLabel = "Add a task",
  placeholder = "Add a task, then press Enter",
}: AddTaskFormProps) {
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = taskTitle.safeParse(title);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a title.");
      return;
    }
    setError(null);
    setTitle("");
    void onAdd(parsed.data).then((saved) => {
      if (!saved) setTitle((typed) => typed || title);
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-1" aria-label={formLabel}>
      <div className="flex gap-2">
        <label htmlFor={fieldId} className="sr-only">
          {label}
        </label>
        <input
          id={fieldId}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={TASK_TITLE_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          className="min-h-11 flex-1 rounded-md border border-border bg-bg px-3 text-base"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-accent text-accent-fg hover:opacity-90"
        >
          <Plus aria-hidden className="size-5" />
          <span className="sr-only">{formLabel}</span>
        </button>
      </div>
      {error ? (
        <p id={`${fieldId}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
