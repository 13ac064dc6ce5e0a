"use client";

import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { addDays, formatWeekdayDate } from "@/lib/dates";
import { focusTaskRowControl } from "../keyboard/task-rows";
import type { LineFields } from "../quick-add/line-fields";
import { DayAddTask } from "./day-add-task";
import { dayDropTarget, useDayDrag } from "./day-drag";
import { DayMoveHandle } from "./day-move-handle";
import {
  extendedLastDay,
  firstLastDay,
  groupByDay,
  lastCompleteDay,
  needsNextPage,
  nextTaskDay,
  UPCOMING_WEEKS,
} from "./group-by-day";
import type { Task } from "./task-pages";

/** The view's paged list, as far as Upcoming pages it. */
interface Paging {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage(): void;
}

interface UpcomingDaysProps {
  tasks: readonly Task[];
  today: string;
  paging: Paging;
  /** Said above the days when nothing is scheduled. */
  empty: string;
  /** A task's row, with Upcoming's handle in it. */
  renderTask(task: Task, handle: ReactNode): ReactNode;
  timeZone: string;
  /** A day's add box: AddTaskForm's, with the day as the line's default date. */
  onAdd(title: string, fields: LineFields): Promise<boolean>;
  onMoveToDay(task: Task, date: string): void;
  announce(message: string): void;
}

/**
 * Upcoming: every day from today on for 4 weeks, then 4 more (or up to the next task) at each "Show
 * next weeks". The list is paged by date; pages load by themselves until every shown day is complete.
 * Each day has its add box and takes tasks dropped on it.
 */
export function UpcomingDays({
  tasks,
  today,
  paging,
  empty,
  renderTask,
  timeZone,
  onAdd,
  onMoveToDay,
  announce,
}: UpcomingDaysProps) {
  const [lastDay, setLastDay] = useState(() => firstLastDay(today));
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = paging;
  const wantsMore = needsNextPage(tasks, lastDay, hasNextPage);
  const shownTo = lastCompleteDay(tasks, lastDay, hasNextPage);
  const days = useMemo(() => (shownTo ? groupByDay(tasks, today, shownTo) : []), [tasks, today, shownTo]);
  const drag = useDayDrag((taskId, date) => {
    const task = tasks.find((item) => item.id === taskId);
    if (task) onMoveToDay(task, date);
  });

  useEffect(() => {
    if (wantsMore && !isFetchingNextPage && !isFetchNextPageError) fetchNextPage();
  }, [wantsMore, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const keepFocusOnHandle = useHandleFocusAcrossDays();

  function moveByDays(task: Task, days: number) {
    const from = task.dueDate === null || task.dueDate < today ? today : task.dueDate;
    const to = addDays(from, days);
    if (to < today) {
      announce(`“${task.title}” is already on the first day.`);
      return;
    }
    if (to > lastDay) setLastDay(extendedLastDay(lastDay, null));
    keepFocusOnHandle(task.id);
    onMoveToDay(task, to);
  }

  const nextTask = nextTaskDay(tasks, lastDay);
  const extended = extendedLastDay(lastDay, nextTask);
  function showMore() {
    setLastDay(extended);
    announce(`Showing the days up to ${formatWeekdayDate(extended, today)}.`);
  }

  return (
    <div className="flex flex-col gap-5">
      <p id="day-move-help" className="sr-only">
        Press the up or down arrow to move the task to the day before or after, or drag it onto another day.
      </p>
      {tasks.length === 0 && !hasNextPage ? <p className="text-muted">{empty}</p> : null}

      {days.map((day) => {
        const headingId = `day-${day.date}`;
        const dayName = formatWeekdayDate(day.date, today);
        return (
          <div
            key={day.date}
            {...dayDropTarget(day.date)}
            className={`flex flex-col gap-1 rounded-md ${drag.overDay === day.date ? "bg-surface outline-2 outline-accent outline-offset-2" : ""}`}
          >
            <h2 id={headingId} className="border-b border-border pb-1 text-sm font-semibold">
              {day.heading}
            </h2>
            {day.tasks.length > 0 ? (
              <ul aria-labelledby={headingId} className="flex flex-col">
                {day.tasks.map((task) =>
                  renderTask(
                    task,
                    <DayMoveHandle
                      title={task.title}
                      dragged={drag.draggedId === task.id}
                      onMoveByDays={(offset) => moveByDays(task, offset)}
                      dragProps={drag.handleProps(task.id)}
                    />,
                  ),
                )}
              </ul>
            ) : null}
            <DayAddTask date={day.date} dayName={dayName} timeZone={timeZone} onAdd={onAdd} />
          </div>
        );
      })}

      {wantsMore ? (
        isFetchNextPageError ? (
          <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger p-4">
            <p>Couldn't load the next days.</p>
            <Button variant="secondary" onClick={() => fetchNextPage()}>
              Try again
            </Button>
          </div>
        ) : (
          <p role="status" className="text-muted">
            Loading the next days…
          </p>
        )
      ) : (
        <div className="flex flex-col items-start gap-1">
          {nextTask ? (
            <p className="text-sm text-muted">Next task after these days: {formatWeekdayDate(nextTask, today)}</p>
          ) : null}
          <Button variant="secondary" onClick={showMore}>
            {extended === addDays(lastDay, 7 * UPCOMING_WEEKS)
              ? `Show next ${UPCOMING_WEEKS} weeks`
              : `Show days up to ${formatWeekdayDate(extended, today)}`}
          </Button>
        </div>
      )}
    </div>
  );
}

/**
 * A row moved by keyboard is a new element in its new day's list (and again each time an answer from the
 * server redraws it on the way), so the focus would fall to the page: its handle takes it back after
 * every redraw, until the user puts the focus or the pointer anywhere else.
 */
function useHandleFocusAcrossDays() {
  const followed = useRef<string | null>(null);

  useEffect(() => {
    const taskId = followed.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (taskId && lost) focusTaskRowControl(taskId, "reorder");
  });

  useEffect(() => {
    function stopUnlessOnRow(event: Event) {
      const row = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-task-row]") : null;
      if (row?.dataset.taskId !== followed.current) followed.current = null;
    }
    document.addEventListener("focusin", stopUnlessOnRow);
    document.addEventListener("pointerdown", stopUnlessOnRow);
    return () => {
      document.removeEventListener("focusin", stopUnlessOnRow);
      document.removeEventListener("pointerdown", stopUnlessOnRow);
    };
  }, []);

  return (taskId: string) => {
    followed.current = taskId;
  };
}
