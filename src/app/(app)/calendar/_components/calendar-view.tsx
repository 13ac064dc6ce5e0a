"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import {
  type CalendarState,
  type CalendarView as CalendarViewKind,
  readCalendarState,
  stepCalendar,
  visibleRange,
} from "@/lib/calendar/grid";
import { api } from "@/trpc/react";
import { useHourCycle } from "../../_components/hour-cycle";
import { useAnnounce } from "../../_components/keyboard/announcer";
import { appRoute } from "../../_components/sidebar/app-route";
import { useDayDrag } from "../../_components/tasks/day-drag";
import { type CalendarTask, dragKey, readDragKey, readDropTarget } from "./calendar-data";
import { CalendarEntry } from "./calendar-entry";
import { CalendarGrid, cellKey, type GridCell } from "./calendar-grid";
import { CalendarToolbar } from "./calendar-toolbar";
import { OccurrenceChoiceDialog } from "./occurrence-choice-dialog";
import { UnscheduledList } from "./unscheduled-list";
import { useCalendarMoves } from "./use-calendar-moves";

/**
 * The calendar: a week (with its hours) or a month of the user's open tasks, in their time zone, with
 * the unscheduled ones beside it. Its state is the URL's (`?view=week&date=2026-12-07`), so reload and
 * Back show the same range; the range's data is one `task.calendar` read, first from the server.
 */
export function CalendarView({ today, timeZone }: { today: string; timeZone: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const state = readCalendarState(
    { view: params.get("view") ?? undefined, date: params.get("date") ?? undefined },
    today,
  );
  const range = visibleRange(state);
  const calendar = api.task.calendar.useQuery(range, { placeholderData: keepPreviousData });
  const announce = useAnnounce();
  const hourCycle = useHourCycle();
  const moves = useCalendarMoves(range, today, announce);
  const [active, setActive] = useState<GridCell>({ date: state.date, hour: null });
  const focusPending = useRef(false);

  const tasks = new Map<string, CalendarTask>();
  for (const entry of calendar.data?.entries ?? []) tasks.set(entry.task.id, entry.task);
  for (const task of calendar.data?.unscheduled ?? []) tasks.set(task.id, task);

  const drag = useDayDrag((key, target) => {
    const { taskId, date } = readDragKey(key);
    const task = tasks.get(taskId);
    if (task) moves.move(task, date, readDropTarget(target));
  });

  function go(next: CalendarState) {
    router.push(appRoute(`/calendar?view=${next.view}&date=${next.date}`), { scroll: false });
  }

  // The active cell is on screen: a new week or month (by the toolbar) makes the day it is anchored on active.
  const { from, to } = range;
  const shown = active.date >= from && active.date <= to ? active : { date: state.date, hour: null };
  // A month has no hours: the day of the active hour is active.
  const current = state.view === "month" ? { date: shown.date, hour: null } : shown;

  // After a key moved the focus, the new active cell takes it (once it is drawn, possibly in a new range).
  useEffect(() => {
    if (!focusPending.current) return;
    const key = state.view === "month" ? active.date : cellKey(active);
    const cell = document.querySelector<HTMLElement>(`[data-cell="${key}"]`);
    if (!cell) return;
    focusPending.current = false;
    cell.focus();
  });

  function activate(cell: GridCell) {
    focusPending.current = true;
    setActive(cell);
    if (cell.date < from || cell.date > to) go({ view: state.view, date: cell.date });
  }

  return (
    <div data-wide className="flex flex-col gap-4">
      <CalendarToolbar
        state={state}
        onView={(view: CalendarViewKind) => go({ view, date: state.date })}
        onToday={() => {
          setActive({ date: today, hour: null });
          go({ view: state.view, date: today });
        }}
        onStep={(direction) => go(stepCalendar(state, direction))}
      />
      <p id="calendar-move-help" className="sr-only">
        Press left or right to move the task a day, up or down a week
        {state.view === "week" ? ", Alt with up or down an hour" : ""}, or drag it onto another day.
      </p>
      <UnscheduledList
        tasks={calendar.data?.unscheduled ?? []}
        more={calendar.data?.moreUnscheduled ?? false}
        today={today}
        timeZone={timeZone}
        draggedKey={drag.draggedId}
        dragProps={(task) => drag.handleProps(dragKey(task.id, null))}
        onSchedule={(task, target) => moves.move(task, null, target)}
      />
      <div className="min-w-0 flex-1" aria-busy={calendar.isFetching}>
        {calendar.isError ? (
          <p role="alert" className="text-danger">
            Couldn't load the calendar.
          </p>
        ) : null}
        <CalendarGrid
          view={state.view}
          date={state.date}
          today={today}
          entries={calendar.data?.entries ?? []}
          hourCycle={hourCycle}
          active={current}
          onActivate={activate}
          onFocusCell={setActive}
          overTarget={drag.overDay}
          renderEntry={(entry, { timed, tabbable }) => {
            const key = dragKey(entry.task.id, entry.date);
            return (
              <CalendarEntry
                task={entry.task}
                date={entry.date}
                projected={entry.projected}
                timed={timed}
                hourCycle={hourCycle}
                dragged={drag.draggedId === key}
                tabbable={tabbable}
                dragProps={drag.handleProps(key)}
                onMove={(target) => moves.move(entry.task, entry.date, target)}
              />
            );
          }}
        />
      </div>
      <OccurrenceChoiceDialog choice={moves.choice} today={today} onChoose={moves.choose} />
    </div>
  );
}
