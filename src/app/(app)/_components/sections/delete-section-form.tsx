"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { dangerButtonClass } from "../sidebar/sidebar-dialog";

/** Deleting a section: its tasks move out of it (kept in the project), or go to the trash with it. */
export function DeleteSectionForm({
  name,
  taskCount,
  onDelete,
  onCancel,
}: {
  name: string;
  taskCount: number;
  onDelete(tasks: "move" | "delete"): void;
  onCancel(): void;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onDelete(new FormData(event.currentTarget).get("tasks") === "delete" ? "delete" : "move");
  }
  const tasks = taskCount === 1 ? "1 task" : `${taskCount} tasks`;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-sm">
        “{name}” has {taskCount === 0 ? "no open tasks" : `${tasks} open`}.
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">What happens to its tasks?</legend>
        <label className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 has-checked:bg-surface">
          <input
            type="radio"
            name="tasks"
            value="move"
            defaultChecked
            data-autofocus
            className="mt-0.5 size-4 accent-accent"
          />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium">Move its tasks out of the section</span>
            <span className="text-sm text-muted">They stay in the project, in no section.</span>
          </span>
        </label>
        <label className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 has-checked:bg-surface">
          <input type="radio" name="tasks" value="delete" className="mt-0.5 size-4 accent-accent" />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium">Delete them too</span>
            <span className="text-sm text-muted">
              They go to the trash with their subtasks (Undo brings them back).
            </span>
          </span>
        </label>
      </fieldset>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <button type="submit" className={dangerButtonClass}>
          Delete section
        </button>
      </div>
    </form>
  );
}
