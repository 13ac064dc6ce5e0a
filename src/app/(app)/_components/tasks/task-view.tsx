"use client";

import { type ReactNode, useState } from "react";
import { HydrateLater } from "@/components/hydrate-later";
import { Button } from "@/components/ui/button";
import { withReference } from "@/lib/error-reference";
import type { ProjectLayout } from "@/lib/project-roles";
import { api } from "@/trpc/react";
import { LayoutSwitch } from "../board/layout-switch";
import { useProjectLayout } from "../board/use-project-layout";
import { useHourCycle } from "../hour-cycle";
import { useAnnounce } from "../keyboard/announcer";
import type { LineDefaults } from "../quick-add/line-fields";
import { TaskScheduler, useTaskScheduler } from "../scheduler/task-scheduler";
import { useReschedule } from "../scheduler/use-reschedule";
import type { RowMoves } from "../sections/project-sections";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { AddTaskForm } from "./add-task-form";
import { firstRows, useRowLimit } from "./first-rows";
import { groupOverdue } from "./group-overdue";
import { focusRowControlLater } from "./keep-focus";
import { LazyBulkToolbar, LazySubtaskList, LazyTaskDetailsDialog, preloadListParts } from "./lazy-list-parts";
import { OverdueActions } from "./overdue-actions";
import type { RowContext } from "./row-context";
import { ShowCompletedSwitch } from "./show-completed-switch";
import { commonProjectId } from "./task-changes";
import { TaskItem } from "./task-item";
import { type ViewSpec, viewInput } from "./task-list-input";
import { TaskListSkeleton } from "./task-list-skeleton";
import { flattenPages, type Task } from "./task-pages";
import { useApplyBulk } from "./use-apply-bulk";
import { useDayMove } from "./use-day-move";
import { useDetailsDialog } from "./use-details-dialog";
import { useListShortcuts } from "./use-list-shortcuts";
import { useRowActions } from "./use-row-actions";
import { useSelection } from "./use-selection";
import { useTaskMutations } from "./use-task-mutations";
import { layoutOf, type ViewLayouts } from "./view-layouts";

export interface TaskViewProps {
  heading: string;
  view: ViewSpec;
  /** Today in the user's time zone, and when the page was rendered (for overdue marks). */
  today: string;
  now: Date;
  timeZone: string;
  /**
   * Fields a task added here starts with unless its line says otherwise (its project, its label; in
   * Today, today's date); absent: no add field.
   */
  newTask?: LineDefaults;
  showProject?: boolean;
  reorderable?: boolean;
  /** Upcoming: every day from today on with its tasks, an add box per day, and tasks moved between days. */
  groupByDay?: boolean;
  /** Today: overdue tasks in a section of their own, with "Reschedule" for all of them. */
  groupOverdue?: boolean;
  empty: string;
  /** Under the heading: what the view is (a saved filter's query). */
  subheading?: ReactNode;
  /** Beside the heading: the view's own actions (a project's "Share"). */
  actions?: ReactNode;
  /** A project's page: list or board, as the user last chose it (read on the server with the project). */
  layout?: ProjectLayout;
  /** The list's shapes other than a flat list, from the page that shows them (see ViewLayouts). */
  layouts?: ViewLayouts;
}

export function TaskView(props: TaskViewProps) {
  const { today, layouts = {} } = props;
  const [view, setView] = useState(props.view);
  const input = viewInput(view, today);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const list = api.task.list.useInfiniteQuery(input, { getNextPageParam: (page) => page.nextCursor });
  const tasks = flattenPages(list.data);
  const organizers = useProjectsAndLabels();
  const hourCycle = useHourCycle();
  const announce = useAnnounce();
  const mutations = useTaskMutations(input, today, announce);
  const selection = useSelection(tasks, announce);
  const applyBulk = useApplyBulk(input, selection.chosen, announce, selection.reset);
  const details = useDetailsDialog(tasks);
  // Loaded and mounted at the first opening, then kept (state adjusted during render, as React advises).
  const [detailsUsed, setDetailsUsed] = useState(false);
  if (details.task && !detailsUsed) setDetailsUsed(true);
  const actions = useRowActions(tasks, input, mutations);
  const moveToDay = useDayMove(mutations, today, announce);
  const scheduler = useTaskScheduler(tasks);
  const reschedule = useReschedule(input, today, mutations, announce);
  const projectLayout = useProjectLayout(view.kind === "project" ? view.projectId : null, props.layout);
  const rowLimit = useRowLimit();
  // The list's shape, when it is not a flat list: Upcoming's days, or a project's board or sections.
  const UpcomingDays = props.groupByDay ? layoutOf(layouts, "UpcomingDays") : null;
  const ProjectBoard = view.kind === "project" ? layoutOf(layouts, "ProjectBoard") : null;
  const ProjectSections = view.kind === "project" ? layoutOf(layouts, "ProjectSections") : null;
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
    hourCycle,
    organizers,
    showProject: props.showProject ?? true,
    reorderable: props.reorderable ?? false,
  };
  const newTask = props.newTask && view.kind === "today" ? { ...props.newTask, dueDate: today } : props.newTask;
  const newTaskProject = newTask?.projectId ? organizers.projectById.get(newTask.projectId) : undefined;
  const newTaskPlace = newTaskProject ? `Project ${newTaskProject.name}` : "Inbox";

  function toggleExpanded(id: string) {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  }

  /** `moves`: how the row moves in a list under sections (else by its place in the flat list). */
  function renderTask(task: Task, handle?: ReactNode, moves?: RowMoves) {
    return (
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
            <LazySubtaskList parent={task} onOpenDetails={details.open} today={today} timeZone={props.timeZone} />
          ) : null
        }
        onToggle={(completed) => actions.complete(task, completed)}
        onRename={(changes, seen) => mutations.update(task, changes, seen)}
        onOpenDetails={() => details.show(task.id)}
        onSchedule={(opener) => scheduler.open([task], opener)}
        onDelete={() => actions.remove(task)}
        onMoveBy={moves ? moves.onMoveBy : (offset) => actions.moveBy(task, offset)}
        onDropAt={moves ? moves.onDropAt : actions.dropAt}
        handle={handle}
      />
    );
  }

  return (
    <section
      aria-labelledby="tasks-heading"
      className="flex flex-col gap-4"
      onKeyDown={(event) => {
        // Escape clears the selection (a dialog's own Escape closes the dialog first).
        if (event.key === "Escape" && selection.chosen.length > 0 && !event.defaultPrevented) selection.clear();
      }}
      onPointerOver={preloadListParts}
      onFocus={preloadListParts}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 id="tasks-heading" tabIndex={-1} className="text-2xl font-semibold">
            {props.heading}
          </h1>
          {props.subheading ? <p className="text-sm text-muted">{props.subheading}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {props.actions}
          {view.kind === "project" ? (
            <LayoutSwitch layout={projectLayout.layout} onChange={projectLayout.setLayout} />
          ) : null}
          {"showCompleted" in view ? (
            <ShowCompletedSwitch
              checked={view.showCompleted}
              onChange={(showCompleted) => setView({ ...view, showCompleted })}
            />
          ) : null}
        </div>
      </div>

      {newTask ? (
        <AddTaskForm
          timeZone={props.timeZone}
          defaults={newTask}
          place={newTaskPlace}
          onAdd={(title, fields) => mutations.create({ ...fields, title })}
        />
      ) : null}

      {selection.chosen.length > 0 ? (
        <LazyBulkToolbar
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

      <HydrateLater>
        {list.isPending ? (
          <TaskListSkeleton />
        ) : list.isError && tasks.length === 0 ? (
          <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger p-4">
            <p>{withReference(`Couldn't load your tasks. ${list.error.message}`, list.error)}</p>
            <Button variant="secondary" onClick={() => void list.refetch()}>
              Try again
            </Button>
          </div>
        ) : UpcomingDays ? (
          <UpcomingDays
            tasks={tasks}
            today={today}
            paging={list}
            empty={props.empty}
            renderTask={renderTask}
            timeZone={props.timeZone}
            onAdd={(title, fields) => mutations.create({ ...fields, title })}
            onMoveToDay={moveToDay}
            announce={announce}
          />
        ) : ProjectBoard && view.kind === "project" && projectLayout.layout === "board" ? (
          <ProjectBoard
            projectId={view.projectId}
            tasks={tasks}
            context={context}
            announce={announce}
            place={mutations.place}
            onToggle={actions.complete}
            onOpenDetails={details.show}
            onAdd={(title, fields) => mutations.create({ ...fields, title })}
          />
        ) : ProjectSections && view.kind === "project" ? (
          <ProjectSections
            projectId={view.projectId}
            tasks={tasks}
            empty={props.empty}
            announce={announce}
            place={mutations.place}
            renderTask={(task, moves) => renderTask(task, undefined, moves)}
          />
        ) : tasks.length === 0 ? (
          <div className="rounded-md border border-dashed border-border px-4 py-10 text-center text-muted">
            <p className="font-medium text-fg">{props.empty}</p>
          </div>
        ) : (
          firstRows(
            props.groupOverdue ? groupOverdue(tasks, today) : [{ heading: null, tasks, overdue: false }],
            rowLimit,
            (section) => section.tasks,
          ).map(({ section, rows }) => (
            <div key={section.heading ?? "all"} className="flex flex-col gap-1">
              {section.heading ? (
                <div className="flex flex-wrap items-center justify-between gap-x-3">
                  <h2 className="text-sm font-semibold text-muted">{section.heading}</h2>
                  {section.overdue ? (
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
                {rows.map((task) => renderTask(task))}
              </ul>
            </div>
          ))
        )}
      </HydrateLater>

      {list.hasNextPage && !props.groupByDay ? (
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

      {detailsUsed ? (
        <LazyTaskDetailsDialog
          task={details.task}
          organizers={organizers}
          today={today}
          timeZone={props.timeZone}
          onOpenTask={details.open}
          onClose={details.close}
          onSave={(task, changes, seen) => mutations.update(task, changes, seen)}
        />
      ) : null}
    </section>
  );
}
