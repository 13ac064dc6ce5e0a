"use client";

import { type FocusEvent, type KeyboardEvent, type ReactNode, useState } from "react";
import {
  type CalendarView,
  dayCellLabel,
  dayForKey,
  formatLongDay,
  inSameMonth,
  monthWeeks,
  taskCount,
  weekDays,
} from "@/lib/calendar/grid";
import {
  formatClock,
  type HourCycle,
  parseDateString,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT_NAMES,
  weekdayOf,
} from "@/lib/dates";
import { dayDropTarget } from "../../_components/tasks/day-drag";
import { type CalendarEntry, dropTargetName, entriesByDay, hourOf } from "./calendar-data";

/** How many tasks a month cell lists before "+k more". */
export const MONTH_CELL_TASKS = 3;
const WEEK_TABLE = "w-full min-w-[36rem] table-fixed border-collapse text-sm";
const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, "0"));

/** A cell of the grid: a day (month view, and the week's all-day row), or an hour of a day (week view). */
export type GridCell = { date: string; hour: string | null };
export const cellKey = (cell: GridCell) => (cell.hour === null ? cell.date : `${cell.date}T${cell.hour}`);

interface CalendarGridProps {
  view: CalendarView;
  /** The day the view is anchored on (its week, or its month). */
  date: string;
  today: string;
  entries: readonly CalendarEntry[];
  hourCycle: HourCycle;
  /** The cell that is in the tab order (roving focus). */
  active: GridCell;
  /** A key moved the focus to `cell` (possibly outside the range shown: the view follows it). */
  onActivate(cell: GridCell): void;
  /** The focus arrived on `cell` some other way (a click, Tab). */
  onFocusCell(cell: GridCell): void;
  /** Drag state: the drop target under the pointer. */
  overTarget: string | null;
  renderEntry(entry: CalendarEntry, options: { timed: boolean; tabbable: boolean }): ReactNode;
}

/**
 * The week or month as an ARIA grid: one tab stop (the active cell), arrows move a day (and in the week
 * view up/down an hour), Home/End the week's ends, PageUp/PageDown a month. Each cell is named
 * ("Monday 7 December, 3 tasks") and takes dropped tasks.
 */
export function CalendarGrid(props: CalendarGridProps) {
  const { view, date, active, onActivate } = props;
  const byDay = entriesByDay(props.entries);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const next = nextCell(view, active, event.key);
    if (!next) return;
    event.preventDefault();
    onActivate(next);
  }

  const shared = { ...props, byDay, onKeyDown };
  if (view === "month") return <MonthGrid {...shared} weeks={monthWeeks(date)} />;
  // On a phone the week's seven columns scroll sideways. `relative`: the cells' screen-reader names
  // (absolutely positioned) are then clipped with the table instead of widening the page.
  return (
    <div className="relative overflow-x-auto">
      <WeekGrid {...shared} />
    </div>
  );
}

function nextCell(view: CalendarView, from: GridCell, key: string): GridCell | null {
  if (view === "week" && (key === "ArrowUp" || key === "ArrowDown")) {
    const index = from.hour === null ? -1 : Number(from.hour);
    const next = Math.min(23, Math.max(-1, index + (key === "ArrowUp" ? -1 : 1)));
    return { date: from.date, hour: next === -1 ? null : (HOURS[next] ?? null) };
  }
  const date = dayForKey(from.date, key);
  return date === null ? null : { date, hour: from.hour };
}

type SharedProps = CalendarGridProps & {
  byDay: Map<string, CalendarEntry[]>;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
};

/** A cell's name, read first by screen readers ("Monday 7 December, 3 tasks"), its tasks after it. */
function CellName({ children }: { children: string }) {
  return <span className="sr-only">{children}, </span>;
}

function cellProps(props: SharedProps, cell: GridCell) {
  const key = cellKey(cell);
  const isActive = cellKey(props.active) === key;
  return {
    tabIndex: isActive ? 0 : -1,
    "data-cell": key,
    onKeyDown: props.onKeyDown,
    // A click or Tab onto a cell makes it the active one (the focus is already there); not its tasks' focus.
    onFocus: (event: FocusEvent<HTMLElement>) => {
      if (!isActive && event.target === event.currentTarget) props.onFocusCell(cell);
    },
  } as const;
}

function MonthGrid(props: SharedProps & { weeks: string[][] }) {
  const { weeks, byDay, today, date, overTarget, renderEntry, active } = props;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const firstWeek = weeks[0] ?? [];
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG's data grid is a table with role="grid" (arrow keys move between its cells)
    <table role="grid" aria-label="Month" aria-readonly="true" className="w-full table-fixed border-collapse text-sm">
      <thead>
        <tr className="border-b border-border">
          {firstWeek.map((day) => (
            <th scope="col" key={day} className="px-1 py-1 text-center text-xs font-medium text-muted">
              <abbr title={WEEKDAY_NAMES[weekdayOf(day)]} className="no-underline">
                {WEEKDAY_SHORT_NAMES[weekdayOf(day)]}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const entries = byDay.get(day) ?? [];
              const open = opened.has(day);
              const shown = open ? entries : entries.slice(0, MONTH_CELL_TASKS);
              const hidden = entries.length - shown.length;
              const tabbable = active.date === day;
              return (
                <td
                  key={day}
                  {...cellProps(props, { date: day, hour: null })}
                  {...dayDropTarget(dropTargetName(day))}
                  className={`h-20 min-w-0 border border-border p-0.5 align-top focus-visible:outline-2 focus-visible:outline-accent focus-visible:-outline-offset-2 sm:min-h-24 sm:p-1 ${
                    overTarget === dropTargetName(day) ? "bg-surface outline-2 outline-accent -outline-offset-2" : ""
                  } ${inSameMonth(day, date) ? "" : "text-muted"}`}
                >
                  <CellName>{dayCellLabel(day, today, entries.length)}</CellName>
                  <span
                    aria-hidden
                    className={`float-right rounded-full px-1.5 text-xs tabular-nums ${day === today ? "bg-accent font-semibold text-accent-fg" : ""}`}
                  >
                    {parseDateString(day).day}
                  </span>
                  <ul className="clear-both flex min-w-0 flex-col gap-0.5">
                    {shown.map((entry) => (
                      <li key={`${entry.task.id}|${entry.date}`} className="min-w-0">
                        {renderEntry(entry, { timed: false, tabbable })}
                      </li>
                    ))}
                  </ul>
                  {hidden > 0 || open ? (
                    <button
                      type="button"
                      tabIndex={tabbable ? 0 : -1}
                      aria-expanded={open}
                      onClick={() => {
                        const next = new Set(opened);
                        if (open) next.delete(day);
                        else next.add(day);
                        setOpened(next);
                      }}
                      className="self-start rounded px-1 text-xs font-medium text-accent underline-offset-2 hover:underline"
                    >
                      {open ? "Show fewer" : `+${hidden} more`}
                    </button>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WeekGrid(props: SharedProps) {
  const { date, byDay, today, overTarget, renderEntry, hourCycle, active } = props;
  const days = weekDays(date);
  const highlight = (target: string) =>
    overTarget === target ? "bg-surface outline-2 outline-accent -outline-offset-2" : "";
  const cellClass =
    "min-w-0 border border-border p-0.5 align-top focus-visible:outline-2 focus-visible:outline-accent focus-visible:-outline-offset-2";
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG's data grid is a table with role="grid" (arrow keys move between its cells)
    <table role="grid" aria-label="Week" aria-readonly="true" className={WEEK_TABLE}>
      <thead>
        <tr className="border-b border-border">
          <th scope="col" className="w-14 text-xs text-muted">
            <span className="sr-only">Time</span>
          </th>
          {days.map((day) => (
            <th scope="col" key={day} className="px-1 py-1 text-center text-xs font-medium">
              <span className={day === today ? "rounded-full bg-accent px-1.5 text-accent-fg" : ""}>
                {WEEKDAY_SHORT_NAMES[weekdayOf(day)]} {parseDateString(day).day}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="border border-border px-1 py-1 text-left text-xs font-normal text-muted">
            All day
          </th>
          {days.map((day) => {
            const untimed = (byDay.get(day) ?? []).filter((entry) => hourOf(entry) === null);
            const count = byDay.get(day)?.length ?? 0;
            return (
              <td
                key={day}
                {...cellProps(props, { date: day, hour: null })}
                {...dayDropTarget(dropTargetName(day, null))}
                className={`${cellClass} h-12 ${highlight(dropTargetName(day, null))}`}
              >
                <CellName>{dayCellLabel(day, today, count)}</CellName>
                <ul className="flex flex-col gap-0.5">
                  {untimed.map((entry) => (
                    <li key={`${entry.task.id}|${entry.date}`}>
                      {renderEntry(entry, { timed: true, tabbable: cellKey(active) === day })}
                    </li>
                  ))}
                </ul>
              </td>
            );
          })}
        </tr>
        {HOURS.map((hour) => {
          const time = `${hour}:00`;
          return (
            <tr key={hour}>
              <th
                scope="row"
                className="border border-border px-1 text-right align-top text-xs font-normal text-muted tabular-nums"
              >
                {formatClock(time, hourCycle)}
              </th>
              {days.map((day) => {
                const inHour = (byDay.get(day) ?? []).filter((entry) => hourOf(entry) === hour);
                const key = cellKey({ date: day, hour });
                return (
                  <td
                    key={day}
                    {...cellProps(props, { date: day, hour })}
                    {...dayDropTarget(dropTargetName(day, time))}
                    className={`${cellClass} h-9 ${highlight(dropTargetName(day, time))}`}
                  >
                    <CellName>{`${formatLongDay(day, today)}, ${formatClock(time, hourCycle)}, ${taskCount(inHour.length)}`}</CellName>
                    <ul className="flex flex-col gap-0.5">
                      {inHour.map((entry) => (
                        <li key={`${entry.task.id}|${entry.date}`}>
                          {renderEntry(entry, { timed: true, tabbable: cellKey(active) === key })}
                        </li>
                      ))}
                    </ul>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
