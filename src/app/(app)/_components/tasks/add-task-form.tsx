"use client";

import { type FormEvent, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { QUICK_ADD_LINE_MAX } from "@/lib/schemas/task-limits";
import { type LineDefaults, type LineFields, lineFields } from "../quick-add/line-fields";
import { LineReadout } from "../quick-add/line-readout";
import { useTaskLine } from "../quick-add/use-task-line";

interface AddTaskFormProps {
  /**
   * The line's title, and its other fields over `defaults` (spread them into the create: what the
   * line says wins, what it does not say comes from the place). Resolves false when the task was not
   * saved (refused, rolled back): its text then comes back into the field.
   */
  onAdd: (title: string, fields: LineFields) => Promise<boolean>;
  /** The user's zone: "friday" and "5pm" are meant there. */
  timeZone: string;
  /** What a task added here gets unless the line says otherwise (a project page's project, Today's date). */
  defaults?: LineDefaults;
  /** A subtask's line: a "#Name" stays in the title (the parent's project is the subtask's). */
  projectFixed?: boolean;
  /** Where the task goes when the line names no project, said in the preview ("Inbox"). */
  place?: string;
  /** For a parent's subtasks: the field's id, its label and the form's name differ. */
  fieldId?: string;
  label?: string;
  formLabel?: string;
  placeholder?: string;
}

/**
 * One line: type a title, press Enter. It is read as quick add reads it ("Book flights friday p3
 * @travel"), the recognised parts shown under it; the field clears at once and the task appears
 * optimistically. If it is refused, the text comes back (unless something new was typed meanwhile), so a
 * failure never loses it.
 */
export function AddTaskForm({
  onAdd,
  timeZone,
  defaults,
  projectFixed,
  place,
  fieldId = "new-task-title",
  label = "New task",
  formLabel = "Add a task",
  placeholder = "Add a task, then press Enter",
}: AddTaskFormProps) {
  const line = useTaskLine({ timeZone, defaults, projectFixed });
  const field = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const previewId = `${fieldId}-preview`;
  const errorId = `${fieldId}-error`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = line.text;
    const entered = await line.enter();
    if (!entered) return;
    const { plan, title } = entered;
    if (!title.success) {
      setError(title.error.issues[0]?.message ?? "Enter a title.");
      return;
    }
    setError(null);
    line.clearIf(typed);
    const saved = await onAdd(title.data, lineFields(plan, defaults));
    if (!saved) line.restoreIfEmpty(typed);
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-1" aria-label={formLabel}>
      <div className="flex gap-2">
        <label htmlFor={fieldId} className="sr-only">
          {label}
        </label>
        <input
          ref={field}
          id={fieldId}
          value={line.text}
          onChange={(event) => {
            line.edit(event.target.value);
            setError(null);
          }}
          onFocus={line.prime}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={QUICK_ADD_LINE_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${previewId}${error ? ` ${errorId}` : ""}`}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-border bg-bg px-3 text-base"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-accent text-accent-fg hover:opacity-90"
        >
          <Icon name="plus" className="size-5" />
          <span className="sr-only">{formLabel}</span>
        </button>
      </div>
      <LineReadout line={line} id={previewId} verb="Adds" place={place} refocus={() => field.current?.focus()} />
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
