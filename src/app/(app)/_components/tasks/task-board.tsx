"use client";

import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";
import { AddTaskForm } from "./add-task-form";
import { TaskDetailsDialog } from "./task-details-dialog";
import { TaskItem } from "./task-item";
import { taskListInput } from "./task-list-input";
import { TaskListSkeleton } from "./task-list-skeleton";
import { flattenPages, type Task } from "./task-pages";
import { useTaskMutations } from "./use-task-mutations";

export function TaskBoard({ initialShowCompleted }: { initialShowCompleted: boolean }) {
  const [showCompleted, setShowCompleted] = useState(initialShowCompleted);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const input = taskListInput(showCompleted);
  const list = api.task.list.useInfiniteQuery(input, { getNextPageParam: (page) => page.nextCursor });
  const tasks = flattenPages(list.data);
  const announce = useCallback((message: string) => {
    // Emptied first, so that the same words twice in a row are announced twice.
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);
  const mutations = useTaskMutations(input, announce);
  const detailsTask = tasks.find((task) => task.id === detailsId) ?? null;

  function toggleShowCompleted() {
    const next = !showCompleted;
    setShowCompleted(next);
    // Kept in the URL (without a server round trip) so a reload shows the same list.
    const url = new URL(window.location.href);
    if (next) url.searchParams.set("completed", "1");
    else url.searchParams.delete("completed");
    window.history.replaceState(null, "", url);
  }

  function moveBy(task: Task, offset: number) {
    const index = tasks.findIndex((item) => item.id === task.id);
    const moved = mutations.move(task.id, index + offset);
    // The row moved in the DOM: keep the keyboard on its handle.
    if (moved) focusLater(`[data-reorder-handle="${task.id}"]`);
    return moved;
  }

  /** Dropped on a row: it goes just above that row, where the drop marker was drawn. */
  function dropAt(draggedId: string, targetIndex: number) {
    const from = tasks.findIndex((item) => item.id === draggedId);
    mutations.move(draggedId, from < targetIndex ? targetIndex - 1 : targetIndex);
  }

  /** The row is about to leave the list: keep the keyboard nearby (next row, else previous, else the add field). */
  function leaving(task: Task, change: () => void) {
    const index = tasks.findIndex((item) => item.id === task.id);
    const neighbour = tasks[index + 1] ?? tasks[index - 1];
    change();
    focusLater(neighbour ? `[data-task-id="${neighbour.id}"] input[type="checkbox"]` : "#new-task-title");
  }

  return (
    <section aria-labelledby="tasks-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="tasks-heading" className="text-2xl font-semibold">
          Tasks
        </h1>
        <button
          type="button"
          role="switch"
          aria-checked={showCompleted}
          onClick={toggleShowCompleted}
          className="inline-flex min-h-10 items-center gap-2 rounded-md px-2 text-sm"
        >
          <span
            aria-hidden
            className={`relative inline-block h-5 w-9 rounded-full border border-border transition ${showCompleted ? "bg-accent" : "bg-surface"}`}
          >
            <span
              className={`absolute top-0.5 size-3.5 rounded-full bg-fg transition-all ${showCompleted ? "left-[1.15rem] bg-accent-fg" : "left-0.5"}`}
            />
          </span>
          Show completed
        </button>
      </div>

      <AddTaskForm onAdd={(title) => mutations.create({ title })} />

      <p id="reorder-help" className="sr-only">
        Press the up or down arrow to move the task.
      </p>
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>

      {list.isPending ? (
        <TaskListSkeleton />
      ) : list.isError && tasks.length === 0 ? (
        <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger p-4">
          <p>Couldn&apos;t load your tasks. {list.error.message}</p>
          <Button variant="secondary" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </div>
      ) : tasks.length === 0 ? (
        <div className="rounded-md border border-dashed border-border px-4 py-10 text-center text-muted">
          <p className="font-medium text-fg">{showCompleted ? "No tasks at all yet." : "Nothing to do."}</p>
          <p className="text-sm">Type a task above and press Enter.</p>
        </div>
      ) : (
        <ul aria-label="Tasks" className="flex flex-col">
          {tasks.map((task, index) => (
            <TaskItem
              key={task.id}
              task={task}
              index={index}
              onToggle={(completed) =>
                completed && !showCompleted
                  ? leaving(task, () => mutations.setCompleted(task, true))
                  : mutations.setCompleted(task, completed)
              }
              onRename={(title, seen) => mutations.update(task, { title }, seen)}
              onOpenDetails={() => setDetailsId(task.id)}
              onDelete={() => leaving(task, () => mutations.remove(task))}
              onMoveBy={(offset) => moveBy(task, offset)}
              onDropAt={dropAt}
            />
          ))}
        </ul>
      )}

      {list.hasNextPage ? (
        <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}

      <TaskDetailsDialog
        task={detailsTask}
        onClose={() => setDetailsId(null)}
        onSave={(task, changes, seen) => mutations.update(task, changes, seen)}
      />
    </section>
  );
}

function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
