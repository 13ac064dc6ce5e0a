"use client";

import { Check } from "lucide-react";
import { type FormEvent, useState } from "react";
import { formatDueLabel } from "@/lib/dates";
import { taskTitle } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { reportFailure } from "./mutation-errors";
import { completeBox, completeMark } from "./task-item";
import type { Task } from "./task-pages";

/** A parent's subtasks (one level), with their own complete boxes and an "Add subtask" field. */
export function SubtaskList({
  parent,
  today,
  onOpenDetails,
  className = "mb-2 ml-16 border-l border-border pl-3",
}: {
  parent: Pick<Task, "id" | "title">;
  today: string;
  onOpenDetails(id: string): void;
  className?: string;
}) {
  const utils = api.useUtils();
  const input = { parentId: parent.id, status: "all", sort: "manual", limit: 100 } as const;
  const subtasks = api.task.list.useQuery(input);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const refresh = () => Promise.all([utils.task.list.invalidate(), utils.project.invalidate()]);
  const setCompleted = api.task.setCompleted.useMutation({
    // Ticked at once; the server's answer (or a failure's rollback) follows.
    onMutate: async ({ id, completed }) => {
      await utils.task.list.cancel(input);
      const before = utils.task.list.getData(input);
      utils.task.list.setData(
        input,
        (page) =>
          page && { ...page, items: page.items.map((item) => (item.id === id ? { ...item, completed } : item)) },
      );
      return { before };
    },
    onError: (error, variables, context) => {
      utils.task.list.setData(input, context?.before);
      reportFailure(error, () => setCompleted.mutate(variables));
    },
    onSettled: refresh,
  });
  const create = api.task.create.useMutation({
    onError: (error, variables) => reportFailure(error, () => create.mutate(variables)),
    onSettled: refresh,
  });

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = taskTitle.safeParse(title);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a title.");
      return;
    }
    setError(null);
    setTitle("");
    // A client-made id: a retry after a lost answer returns the same subtask instead of adding a second.
    create.mutate({ id: crypto.randomUUID(), title: parsed.data, parentId: parent.id });
  }

  const fieldId = `subtask-new-${parent.id}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <ul aria-label={`Subtasks of “${parent.title}”`} className="flex flex-col">
        {(subtasks.data?.items ?? []).map((subtask) => (
          <li key={subtask.id} className="flex items-center gap-2 py-1" data-task-id={subtask.id}>
            <label className="relative inline-flex size-8 items-center justify-center">
              <input
                type="checkbox"
                checked={subtask.completed}
                onChange={(event) => setCompleted.mutate({ id: subtask.id, completed: event.target.checked })}
                className={`${completeBox} border-muted`}
                aria-label={`Complete “${subtask.title}”`}
              />
              <Check aria-hidden className={completeMark} />
            </label>
            <button
              type="button"
              onClick={() => onOpenDetails(subtask.id)}
              aria-label={`Details of “${subtask.title}”`}
              className={`min-h-8 text-left text-sm ${subtask.completed ? "text-muted line-through" : ""}`}
            >
              {subtask.title}
            </button>
            {subtask.dueDate ? (
              <span className="text-xs text-muted">
                <span className="sr-only">Due </span>
                {formatDueLabel(subtask.dueDate, subtask.dueTime, today)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="flex flex-col gap-1" aria-label={`Add a subtask to “${parent.title}”`}>
        <label htmlFor={fieldId} className="sr-only">
          New subtask
        </label>
        <input
          id={fieldId}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="Add a subtask, then press Enter"
          maxLength={500}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          className="min-h-9 rounded-md border border-border bg-bg px-2 text-sm"
        />
        {error ? (
          <p id={`${fieldId}-error`} role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
