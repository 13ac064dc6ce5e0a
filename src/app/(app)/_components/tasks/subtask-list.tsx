"use client";

import { Button } from "@/components/ui/button";
import { formatDueLabel } from "@/lib/dates";
import { api } from "@/trpc/react";
import { useHourCycle } from "../hour-cycle";
import { useAnnounce } from "../keyboard/announcer";
import { AddTaskForm } from "./add-task-form";
import { CompleteCheckbox } from "./complete-checkbox";
import type { TaskListInput } from "./task-list-input";
import { flattenPages, type Task } from "./task-pages";
import { useTaskMutations } from "./use-task-mutations";

/** A parent's subtasks (one level), with their own complete boxes and an "Add subtask" field. */
export function SubtaskList({
  parent,
  today,
  timeZone,
  onOpenDetails,
  className = "mb-2 ml-16 border-l border-border pl-3",
}: {
  parent: Pick<Task, "id" | "title" | "projectId">;
  today: string;
  timeZone: string;
  onOpenDetails(id: string): void;
  className?: string;
}) {
  const announce = useAnnounce();
  const hourCycle = useHourCycle();
  const input: TaskListInput = { parentId: parent.id, status: "all", sort: "manual" };
  const subtasks = api.task.list.useInfiniteQuery(input, { getNextPageParam: (page) => page.nextCursor });
  const mutations = useTaskMutations(input, today, announce);
  const items = flattenPages(subtasks.data);

  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <ul aria-label={`Subtasks of “${parent.title}”`} className="flex flex-col">
        {items.map((subtask) => (
          <li key={subtask.id} className="flex items-center gap-2 py-1" data-task-id={subtask.id}>
            <CompleteCheckbox
              title={subtask.title}
              checked={subtask.completed}
              onChange={(completed) => mutations.setCompleted(subtask, completed)}
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
                {formatDueLabel(subtask.dueDate, subtask.dueTime, today, hourCycle)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {subtasks.hasNextPage ? (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => void subtasks.fetchNextPage()}
          disabled={subtasks.isFetchingNextPage}
        >
          {subtasks.isFetchingNextPage ? "Loading…" : "More subtasks"}
        </Button>
      ) : null}
      <AddTaskForm
        timeZone={timeZone}
        // The parent's project: `+Name` names one of its members; a "#Name" stays in the title.
        defaults={{ projectId: parent.projectId }}
        projectFixed
        fieldId={`subtask-new-${parent.id}`}
        label="New subtask"
        formLabel={`Add a subtask to “${parent.title}”`}
        placeholder="Add a subtask, then press Enter"
        // A client-made id: a retry after a lost answer returns the same subtask instead of adding a second.
        onAdd={(title, fields) => mutations.create({ ...fields, id: crypto.randomUUID(), title, parentId: parent.id })}
      />
    </div>
  );
}
