"use client";

import { toast } from "sonner";
import { formatDueLabel } from "@/lib/dates";
import { UNDO_MS } from "@/lib/limits";
import { api } from "@/trpc/react";
import { pendingCreates, whenSaved } from "../pending-creates";
import { AddTaskForm } from "./add-task-form";
import { CompleteCheckbox } from "./complete-checkbox";
import { reportFailure } from "./mutation-errors";
import { optimisticTask, type Task } from "./task-pages";

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
    onSuccess: (saved, { completed }) => {
      if (!completed) return;
      toast.success(`Completed “${saved.title}”`, {
        duration: UNDO_MS,
        action: { label: "Undo", onClick: () => setCompleted.mutate({ id: saved.id, completed: false }) },
      });
    },
    onSettled: refresh,
  });
  const create = api.task.create.useMutation({
    // Shown at once. The list's own fetch is cancelled first: one still loading when the subtask is saved
    // would otherwise land afterwards, without it, and swallow the refresh (a first load is never refetched).
    onMutate: async (values) => {
      await utils.task.list.cancel(input);
      const before = utils.task.list.getData(input);
      const { id } = values; // always set (onAdd makes it): the row keeps its id when the server answers
      if (id) {
        pendingCreates.add(id);
        const added = optimisticTask({ ...values, id });
        utils.task.list.setData(input, (page) =>
          page ? { ...page, items: [...page.items, added] } : { items: [added], nextCursor: null },
        );
      }
      return { before };
    },
    onError: (error, variables, context) => {
      utils.task.list.setData(input, context?.before);
      reportFailure(error, () => create.mutate(variables));
    },
    onSettled: (_saved, error, { id }) => {
      if (id) pendingCreates.remove(id, !error);
      return refresh();
    },
  });
  // Ticking a subtask still being saved waits for its create: sent at once, it would be "not found".
  const complete = (id: string, completed: boolean) =>
    void whenSaved(id).then((saved) => {
      if (saved) setCompleted.mutate({ id, completed });
    });

  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <ul aria-label={`Subtasks of “${parent.title}”`} className="flex flex-col">
        {(subtasks.data?.items ?? []).map((subtask) => (
          <li key={subtask.id} className="flex items-center gap-2 py-1" data-task-id={subtask.id}>
            <CompleteCheckbox
              title={subtask.title}
              checked={subtask.completed}
              onChange={(completed) => complete(subtask.id, completed)}
              size="subtask"
            />
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
      <AddTaskForm
        fieldId={`subtask-new-${parent.id}`}
        label="New subtask"
        formLabel={`Add a subtask to “${parent.title}”`}
        placeholder="Add a subtask, then press Enter"
        // A client-made id: a retry after a lost answer returns the same subtask instead of adding a second.
        onAdd={(title) => create.mutate({ id: crypto.randomUUID(), title, parentId: parent.id })}
      />
    </div>
  );
}
