"use client";

import { type ReactNode, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { withReference } from "@/lib/error-reference";
import type { CreateTaskInput } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { useAnnounce } from "../keyboard/announcer";
import { TaskScheduler, useTaskScheduler } from "../scheduler/task-scheduler";
import { useReschedule } from "../scheduler/use-reschedule";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { AddTaskForm } from "./add-task-form";
import { BulkToolbar } from "./bulk-toolbar";
import { groupByDay } from "./group-by-day";
import { groupOverdue } from "./group-overdue";
import { focusRowControlLater } from "./keep-focus";
import { OverdueActions } from "./overdue-actions";
import type { RowContext } from "./row-context";
import { ShowCompletedSwitch } from "./show-completed-switch";
import { SubtaskList } from "./subtask-list";
import { commonProjectId } from "./task-changes";
import { TaskDetailsDialog } from "./task-details-dialog";
import { TaskItem } from "./task-item";
import { type ViewSpec, viewInput } from "./task-list-input";
import { TaskListSkeleton } from "./task-list-skeleton";
import { flattenPages } from "./task-pages";
import { useApplyBulk } from "./use-apply-bulk";
import { useDetailsDialog } from "./use-details-dialog";
import { useListShortcuts } from "./use-list-shortcuts";
import { useRowActions } from "./use-row-actions";
import { useSelection } from "./use-selection";
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
  /** Today: overdue tasks in a section of their own, with "Reschedule" for all of them. */
  groupOverdue?: boolean;
  empty: string;
  /** Beside the heading: the view's own actions (a project's "Share"). */
  actions?: ReactNode;
}

export function TaskView(props: TaskViewProps) {
  const { today } = props;
  const [view, setView] = useState(props.view);
  const input = viewInput(view, today);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const list = api.task.list.useInfiniteQuery(input, { getNextPageParam: (page) => page.nextCursor });
  const tasks = flattenPages(list.data);
  const organizers = useProjectsAndLabels();
  const announce = useAnnounce();
  const mutations = useTaskMutations(input, today, announce);
  const selection = useSelection(tasks, announce);
  const applyBulk = useApplyBulk(input, selection.chosen, announce, selection.reset);
  const details = useDetailsDialog(tasks);
  const actions = useRowActions(tasks, input, mutations);
  const scheduler = useTaskScheduler(tasks);
  const reschedule = useReschedule(input, today, mutations, announce);
  useListShortcuts(tasks, {
    complete: actions.complete,
    remove: actions.remove,
    showDetails: details.show,
    schedule: (task, opener) => scheduler.open([task], opener),
  });
  const context: RowContext = {
    today,
    now: props.now,
    timeZone: props.timeZone,
    organizers,
    showProject: props.showProject ?? true,
    reorderable: props.reorderable ?? false,
  };
  const sections = useMemo(
    () =>
      props.groupByDay
        ? groupByDay(tasks, today)
        : props.groupOverdue
          ? groupOverdue(tasks, today)
          : [{ heading: null, tasks }],
    [props.groupByDay, props.groupOverdue, tasks, today],
  );

  function toggleExpanded(id: string) {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  }

  return (
    <section
      aria-labelledby="tasks-heading"
      className="flex flex-col gap-4"
      onKeyDown={(event) => {
        // Escape clears the selection (a dialog's own Escape closes the dialog first).
        if (event.key === "Escape" && selection.chosen.length > 0 && !event.defaultPrevented) selection.clear();
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="tasks-heading" tabIndex={-1} className="text-2xl font-semibold">
          {props.heading}
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          {props.actions}
          {"showCompleted" in view ? (
            <ShowCompletedSwitch
              checked={view.showCompleted}
              onChange={(showCompleted) => setView({ ...view, showCompleted })}
            />
          ) : null}
        </div>
      </div>

      {props.newTask ? <AddTaskForm onAdd={(title) => mutations.create({ ...props.newTask, title })} /> : null}

      {selection.chosen.length > 0 ? (
        <BulkToolbar
          count={selection.chosen.length}
          projectId={commonProjectId(selection.chosen)}
          organizers={organizers}
          onApply={(change) => void applyBulk(change)}
          onSchedule={(opener) => scheduler.open(selection.chosen, opener, selection.reset)}
          onClear={selection.clear}
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
            {section.heading ? (
              <div className="flex flex-wrap items-center justify-between gap-x-3">
                <h2 className="text-sm font-semibold text-muted">{section.heading}</h2>
                {"overdue" in section && section.overdue ? (
                  <OverdueActions
                    onToday={() => {
                      void reschedule(section.tasks, { dueDate: today });
                      // The section goes, with the button: the keyboard goes to the first task it moved.
                      const [first] = section.tasks;
                      if (first) focusRowControlLater(first.id, "complete");
                    }}
                    onPick={(opener) => scheduler.open(section.tasks, opener)}
                  />
                ) : null}
              </div>
            ) : null}
            <ul aria-label={section.heading ?? "Tasks"} className="flex flex-col">
              {section.tasks.map((task) => (
                <TaskItem
                  key={task.id}
                  task={task}
                  index={tasks.indexOf(task)}
                  context={context}
                  selected={selection.isSelected(task.id)}
                  onSelect={({ shiftKey }) => selection.select(task, shiftKey)}
                  expanded={expanded.has(task.id)}
                  onToggleExpanded={task.parentId === null ? () => toggleExpanded(task.id) : undefined}
                  subtasks={
                    expanded.has(task.id) ? (
                      <SubtaskList parent={task} onOpenDetails={details.open} today={today} />
                    ) : null
                  }
                  onToggle={(completed) => actions.complete(task, completed)}
                  onRename={(title, seen) => mutations.update(task, { title }, seen)}
                  onOpenDetails={() => details.show(task.id)}
                  onSchedule={(opener) => scheduler.open([task], opener)}
                  onDelete={() => actions.remove(task)}
                  onMoveBy={(offset) => actions.moveBy(task, offset)}
                  onDropAt={actions.dropAt}
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

      <TaskScheduler
        request={scheduler.request}
        today={today}
        timeZone={props.timeZone}
        onApply={(request, schedule) => void reschedule(request.tasks, schedule).then((ok) => ok && request.onDone?.())}
        onClose={scheduler.close}
      />

      <TaskDetailsDialog
        task={details.task}
        organizers={organizers}
        today={today}
        timeZone={props.timeZone}
        onOpenTask={details.open}
        onClose={details.close}
        onSave={(task, changes, seen) => mutations.update(task, changes, seen)}
      />
    </section>
  );
}
