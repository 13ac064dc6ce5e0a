"use client";

import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { addDays, formatDayHeading } from "@/lib/dates";
import { withReference } from "@/lib/error-reference";
import type { CreateTaskInput } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { useAnnounce } from "../keyboard/announcer";
import { useTaskListKeys } from "../keyboard/shell-context";
import { focusTaskRowControl } from "../keyboard/task-rows";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { AddTaskForm } from "./add-task-form";
import { BulkToolbar } from "./bulk-toolbar";
import { reportFailure } from "./mutation-errors";
import type { RowContext } from "./row-context";
import { SubtaskList } from "./subtask-list";
import { TaskDetailsDialog } from "./task-details-dialog";
import { TaskItem } from "./task-item";
import { type ViewSpec, viewInput } from "./task-list-input";
import { TaskListSkeleton } from "./task-list-skeleton";
import { flattenPages, type Task } from "./task-pages";
import { useBulkActions } from "./use-bulk-actions";
import { useTaskFromUrl } from "./use-task-from-url";
import { useTaskMutations } from "./use-task-mutations";

export interface TaskViewProps {
  heading: string;
  view: ViewSpec;
  /** Today in the user's time zone, and when the page was rendered (for overdue marks). */
  today: string;
  now: Date;
  timeZone: string;
  /** Fields a task added here starts with (its project, its date); absent: no add field. */
  newTask?: Omit<CreateTaskInput, "title">;
  showProject?: boolean;
  reorderable?: boolean;
  /** Upcoming: one section per day for the next 7 days, then "Later". */
  groupByDay?: boolean;
  empty: string;
}

export function TaskView(props: TaskViewProps) {
  const { today } = props;
  const [view, setView] = useState(props.view);
  const input = viewInput(view, today);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const list = api.task.list.useInfiniteQuery(input, { getNextPageParam: (page) => page.nextCursor });
  const tasks = flattenPages(list.data);
  const organizers = useProjectsAndLabels();
  const utils = api.useUtils();
  const announce = useAnnounce();
  const mutations = useTaskMutations(input, today, announce);
  const bulk = useBulkActions(announce);
  const listed = tasks.find((task) => task.id === detailsId);
  // A subtask is not in the list itself: its details are read on their own.
  const unlisted = api.task.byId.useQuery({ id: detailsId ?? "" }, { enabled: detailsId !== null && !listed });
  const detailsTask = listed ?? (detailsId ? (unlisted.data ?? null) : null);
  useTaskFromUrl(setDetailsId);
  const context: RowContext = {
    today,
    now: props.now,
    timeZone: props.timeZone,
    organizers,
    showProject: props.showProject ?? true,
    reorderable: props.reorderable ?? false,
  };
  const sections = useMemo(
    () => (props.groupByDay ? groupByDay(tasks, today) : [{ heading: null, tasks }]),
    [props.groupByDay, tasks, today],
  );

  function select(task: Task, shiftKey: boolean) {
    const next = new Set(selected);
    const from = anchor.current ? tasks.findIndex((item) => item.id === anchor.current) : -1;
    const to = tasks.findIndex((item) => item.id === task.id);
    if (shiftKey && from >= 0) {
      for (const item of tasks.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(item.id);
    } else if (next.has(task.id)) next.delete(task.id);
    else next.add(task.id);
    anchor.current = task.id;
    setSelected(next);
    announce(`${next.size} ${next.size === 1 ? "task" : "tasks"} selected.`);
  }

  // Tasks that left the list (completed, moved elsewhere) no longer count as selected.
  const chosen = tasks.filter((task) => selected.has(task.id));

  async function applyBulk(change: Parameters<typeof bulk.apply>[1]) {
    if (await bulk.apply(chosen, change)) setSelected(new Set());
  }

  function clearSelection() {
    setSelected(new Set());
    announce("Selection cleared.");
  }

  /** A task that is not in this list (a subtask) is read first, so the dialog never shows an empty state. */
  function openDetails(id: string) {
    if (tasks.some((task) => task.id === id)) setDetailsId(id);
    else {
      void utils.task.byId.fetch({ id }).then(
        () => setDetailsId(id),
        (error: unknown) => reportFailure(error, () => openDetails(id)),
      );
    }
  }

  function toggleExpanded(id: string) {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  }

  function complete(task: Task, completed: boolean) {
    const open = task.subtasks.total - task.subtasks.done;
    if (completed && open > 0 && !task.recurrence) {
      const ok = window.confirm(
        `“${task.title}” has ${open} open ${open === 1 ? "subtask" : "subtasks"}. Complete ${open === 1 ? "it" : "them"} too?`,
      );
      if (!ok) return;
    }
    // A repeating task stays in the list (with its next date), so the keyboard stays on it.
    if (completed && input.status === "open" && !task.recurrence) {
      leaving(task, () => mutations.setCompleted(task, true));
    } else mutations.setCompleted(task, completed);
  }

  function moveBy(task: Task, offset: number) {
    const index = tasks.findIndex((item) => item.id === task.id);
    const moved = mutations.move(task.id, index + offset);
    // The row moved in the DOM: keep the keyboard on its handle.
    if (moved) requestAnimationFrame(() => focusTaskRowControl(task.id, "reorder"));
    return moved;
  }

  /** Dropped on a row: it goes just above that row, where the drop marker was drawn. */
  function dropAt(draggedId: string, targetIndex: number) {
    const from = tasks.findIndex((item) => item.id === draggedId);
    mutations.move(draggedId, from < targetIndex ? targetIndex - 1 : targetIndex);
  }

  // The shortcuts x, e and Delete act on the focused row (see keyboard/).
  const byId = (id: string) => tasks.find((task) => task.id === id);
  useTaskListKeys({
    complete(id) {
      const task = byId(id);
      if (task) complete(task, !task.completed);
    },
    open(id) {
      if (byId(id)) setDetailsId(id);
    },
    remove(id) {
      const task = byId(id);
      if (task) leaving(task, () => mutations.remove(task));
    },
  });

  /** The row may leave the list: keep the keyboard nearby (next row, else previous, else the add field). */
  function leaving(task: Task, change: () => void) {
    const index = tasks.findIndex((item) => item.id === task.id);
    const neighbour = tasks[index + 1] ?? tasks[index - 1];
    change();
    if (neighbour) requestAnimationFrame(() => focusTaskRowControl(neighbour.id, "complete"));
    else focusLater("#new-task-title, main h1");
  }

  return (
    <section
      aria-labelledby="tasks-heading"
      className="flex flex-col gap-4"
      onKeyDown={(event) => {
        // Escape clears the selection (a dialog's own Escape closes the dialog first).
        if (event.key === "Escape" && chosen.length > 0 && !event.defaultPrevented) clearSelection();
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="tasks-heading" tabIndex={-1} className="text-2xl font-semibold">
          {props.heading}
        </h1>
        {"showCompleted" in view ? (
          <ShowCompletedSwitch
            checked={view.showCompleted}
            onChange={(showCompleted) => setView({ ...view, showCompleted })}
          />
        ) : null}
      </div>

      {props.newTask ? <AddTaskForm onAdd={(title) => mutations.create({ ...props.newTask, title })} /> : null}

      {chosen.length > 0 ? (
        <BulkToolbar
          count={chosen.length}
          organizers={organizers}
          onApply={(change) => void applyBulk(change)}
          onClear={clearSelection}
        />
      ) : null}

      <p id="reorder-help" className="sr-only">
        Press the up or down arrow to move the task.
      </p>

      {list.isPending ? (
        <TaskListSkeleton />
      ) : list.isError && tasks.length === 0 ? (
        <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger p-4">
          <p>{withReference(`Couldn't load your tasks. ${list.error.message}`, list.error)}</p>
          <Button variant="secondary" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </div>
      ) : tasks.length === 0 ? (
        <div className="rounded-md border border-dashed border-border px-4 py-10 text-center text-muted">
          <p className="font-medium text-fg">{props.empty}</p>
        </div>
      ) : (
        sections.map((section) => (
          <div key={section.heading ?? "all"} className="flex flex-col gap-1">
            {section.heading ? <h2 className="text-sm font-semibold text-muted">{section.heading}</h2> : null}
            <ul aria-label={section.heading ?? "Tasks"} className="flex flex-col">
              {section.tasks.map((task) => (
                <TaskItem
                  key={task.id}
                  task={task}
                  index={tasks.indexOf(task)}
                  context={context}
                  selected={selected.has(task.id)}
                  onSelect={({ shiftKey }) => select(task, shiftKey)}
                  expanded={expanded.has(task.id)}
                  onToggleExpanded={task.parentId === null ? () => toggleExpanded(task.id) : undefined}
                  subtasks={
                    expanded.has(task.id) ? (
                      <SubtaskList parent={task} onOpenDetails={openDetails} today={today} />
                    ) : null
                  }
                  onToggle={(completed) => complete(task, completed)}
                  onRename={(title, seen) => mutations.update(task, { title }, seen)}
                  onOpenDetails={() => setDetailsId(task.id)}
                  onDelete={() => leaving(task, () => mutations.remove(task))}
                  onMoveBy={(offset) => moveBy(task, offset)}
                  onDropAt={dropAt}
                />
              ))}
            </ul>
          </div>
        ))
      )}

      {list.hasNextPage ? (
        <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}

      <TaskDetailsDialog
        task={detailsTask}
        organizers={organizers}
        today={today}
        timeZone={props.timeZone}
        onOpenTask={openDetails}
        onClose={() => setDetailsId(null)}
        onSave={(task, changes, seen) => mutations.update(task, changes, seen)}
      />
    </section>
  );
}

/** Upcoming's sections: each of the next 7 days that has tasks, in order, then everything later. */
function groupByDay(tasks: Task[], today: string) {
  const lastDay = addDays(today, 6);
  const sections = new Map<string, Task[]>();
  for (const task of tasks) {
    const date = task.dueDate ?? "";
    const key = date && date <= lastDay ? formatDayHeading(date, today) : "Later";
    sections.set(key, [...(sections.get(key) ?? []), task]);
  }
  return [...sections].map(([heading, items]) => ({ heading, tasks: items }));
}

function ShowCompletedSwitch({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  function toggle() {
    onChange(!checked);
    // Kept in the URL (without a server round trip) so a reload shows the same list.
    const url = new URL(window.location.href);
    if (checked) url.searchParams.delete("completed");
    else url.searchParams.set("completed", "1");
    window.history.replaceState(null, "", url);
  }
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      onClick={toggle}
      className="inline-flex min-h-10 items-center gap-2 rounded-md px-2 text-sm"
    >
      <span
        aria-hidden
        className={`relative inline-block h-5 w-9 rounded-full border border-border transition ${checked ? "bg-accent" : "bg-surface"}`}
      >
        <span
          className={`absolute top-0.5 size-3.5 rounded-full bg-fg transition-all ${checked ? "left-[1.15rem] bg-accent-fg" : "left-0.5"}`}
        />
      </span>
      Show completed
    </button>
  );
}

function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
