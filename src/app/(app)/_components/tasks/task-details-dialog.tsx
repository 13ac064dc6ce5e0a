"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { z } from "zod/mini";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import {
  dueDate,
  dueTime,
  dueTimeNeedsDate,
  TASK_DESCRIPTION_MAX,
  taskDescription,
  taskPriority,
  taskTitle,
} from "@/lib/schemas/task";
import { PRIORITY_LABELS } from "./task-meta";
import type { Task } from "./task-pages";

// The dialog's fields, checked with the same pieces as the server's `task.update`.
const emptyAsNull = z.pipe(
  z.literal(""),
  z.transform(() => null),
);
const detailsForm = z
  .object({
    title: taskTitle,
    description: taskDescription,
    priority: z.pipe(z.coerce.number(), taskPriority),
    dueDate: z.union([emptyAsNull, dueDate]),
    dueTime: z.union([emptyAsNull, dueTime]),
  })
  .check(dueTimeNeedsDate);

export type TaskDetails = z.output<typeof detailsForm>;
type FieldErrors = Partial<Record<keyof TaskDetails, string>>;

interface TaskDetailsDialogProps {
  task: Task | null;
  /** Only the fields that changed, and the version the dialog opened on. */
  onSave(task: Task, changes: Partial<TaskDetails>, seen: Date): void;
  onClose(): void;
}

/** A modal (native <dialog>: focus is trapped, Escape closes) for a task's description, priority and due date. */
export function TaskDetailsDialog({ task, onSave, onClose }: TaskDetailsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  // The task as it was when the dialog opened: the form edits that version, and Save says so.
  const [opened, setOpened] = useState<Task | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (task && !element.open) {
      setErrors({});
      setOpened(task);
      element.showModal();
    } else if (!task && element.open) {
      element.close();
    }
  }, [task]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!task || !opened) return;
    const parsed = detailsForm.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      const fieldErrors: Partial<Record<string, string[]>> = z.flattenError(parsed.error).fieldErrors;
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.[0]])));
      return;
    }
    const changes = changedFields(opened, parsed.data);
    if (Object.keys(changes).length > 0) onSave(task, changes, opened.updatedAt);
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="task-details-heading"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-border bg-bg p-0 text-fg backdrop:bg-black/50"
    >
      {opened ? (
        <form key={opened.id} onSubmit={submit} noValidate className="flex flex-col gap-4 p-5">
          <h2 id="task-details-heading" className="text-lg font-semibold">
            Task details
          </h2>
          <TextField label="Title" name="title" defaultValue={opened.title} maxLength={500} error={errors.title} />
          <div className="flex flex-col gap-1">
            <label htmlFor="task-description" className="text-sm font-medium">
              Description
            </label>
            <textarea
              id="task-description"
              name="description"
              defaultValue={opened.description}
              rows={5}
              maxLength={TASK_DESCRIPTION_MAX}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={errors.description ? "task-description-error" : undefined}
              className="rounded-md border border-border bg-bg px-3 py-2 text-base"
            />
            {errors.description ? (
              <p id="task-description-error" className="text-sm text-danger">
                {errors.description}
              </p>
            ) : null}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="task-priority" className="text-sm font-medium">
              Priority
            </label>
            <select
              id="task-priority"
              name="priority"
              defaultValue={String(opened.priority)}
              className="min-h-10 rounded-md border border-border bg-bg px-3 text-base"
            >
              {[1, 2, 3, 4].map((priority) => (
                <option key={priority} value={priority}>
                  {priority < 4 ? `p${priority} — ${PRIORITY_LABELS[priority]}` : `p4 — ${PRIORITY_LABELS[4]}`}
                </option>
              ))}
            </select>
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <TextField
              label="Due date"
              name="dueDate"
              type="date"
              defaultValue={opened.dueDate ?? ""}
              error={errors.dueDate}
            />
            <TextField
              label="Due time"
              name="dueTime"
              type="time"
              defaultValue={opened.dueTime ?? ""}
              error={errors.dueTime}
            />
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Save</Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}

/** The form's values that differ from the task it opened on. */
function changedFields(task: Task, details: TaskDetails): Partial<TaskDetails> {
  const changes: Partial<TaskDetails> = {};
  if (details.title !== task.title) changes.title = details.title;
  if (details.description !== task.description) changes.description = details.description;
  if (details.priority !== task.priority) changes.priority = details.priority;
  if (details.dueDate !== task.dueDate) changes.dueDate = details.dueDate;
  if (details.dueTime !== task.dueTime) changes.dueTime = details.dueTime;
  return changes;
}
