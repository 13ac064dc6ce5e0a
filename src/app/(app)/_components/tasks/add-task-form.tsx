"use client";

import { Plus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { taskTitle } from "@/lib/schemas/task";

/** One line: type a title, press Enter. The field clears at once; the task appears optimistically. */
export function AddTaskForm({ onAdd }: { onAdd: (title: string) => void }) {
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
    onAdd(parsed.data);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-1" aria-label="Add a task">
      <div className="flex gap-2">
        <label htmlFor="new-task-title" className="sr-only">
          New task
        </label>
        <input
          id="new-task-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="Add a task, then press Enter"
          autoComplete="off"
          maxLength={500}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-task-error" : undefined}
          className="min-h-11 flex-1 rounded-md border border-border bg-bg px-3 text-base"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-accent text-accent-fg hover:opacity-90"
        >
          <Plus aria-hidden className="size-5" />
          <span className="sr-only">Add task</span>
        </button>
      </div>
      {error ? (
        <p id="new-task-error" role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
