"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { addDays, daysInMonth, parseDateString, WEEKDAY_NAMES, weekdayOf } from "@/lib/dates";
import { monthGrid } from "@/lib/schedule-choices";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
// Monday first, as monthGrid lays the weeks out.
const COLUMNS = [1, 2, 3, 4, 5, 6, 0].map((weekday) => WEEKDAY_NAMES[weekday] ?? "");

/** "Monday 7 December 2026": a day button's name. */
function dayName(date: string): string {
  const { year, month, day } = parseDateString(date);
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** The same day `months` later, or that month's last day when it is shorter. */
function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDateString(date);
  const index = year * 12 + (month - 1) + months;
  const [nextYear, nextMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const nextDay = Math.min(day, daysInMonth(nextYear, nextMonth));
  return `${String(nextYear).padStart(4, "0")}-${String(nextMonth).padStart(2, "0")}-${String(nextDay).padStart(2, "0")}`;
}

const KEY_MOVES: Readonly<Record<string, (date: string) => string>> = {
  ArrowLeft: (date) => addDays(date, -1),
  ArrowRight: (date) => addDays(date, 1),
  ArrowUp: (date) => addDays(date, -7),
  ArrowDown: (date) => addDays(date, 7),
  Home: (date) => addDays(date, -((weekdayOf(date) + 6) % 7)),
  End: (date) => addDays(date, 6 - ((weekdayOf(date) + 6) % 7)),
  PageUp: (date) => addMonths(date, -1),
  PageDown: (date) => addMonths(date, 1),
};

/**
 * A month as a grid of day buttons (the APG date picker pattern): one tab stop, the arrow keys move
 * by day and week, Home/End to the week's ends, Page Up/Down by month; today is marked, the chosen
 * day pressed. Choosing a day applies it.
 */
export function MonthCalendar({
  today,
  selected,
  onChoose,
}: {
  today: string;
  selected: string | null;
  onChoose(date: string): void;
}) {
  const [focused, setFocused] = useState(selected ?? today);
  const moved = useRef(false);
  const grid = useRef<HTMLTableElement>(null);
  const headingId = useId();
  const { year, month } = parseDateString(focused);

  useEffect(() => {
    // Only after the keyboard moved the day: opening the scheduler leaves the focus where it put it.
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    moved.current = true;
    setFocused(move(focused));
  }

  const monthButton = "inline-flex size-10 items-center justify-center rounded-md hover:bg-surface";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between">
        <h3 id={headingId} aria-live="polite" className="text-sm font-semibold">
          {MONTH_NAMES[month - 1]} {year}
        </h3>
        <div className="flex">
          <button
            type="button"
            className={monthButton}
            aria-label="Previous month"
            onClick={() => setFocused(addMonths(focused, -1))}
          >
            <Icon name="chevron-left" className="size-4" />
          </button>
          <button
            type="button"
            className={monthButton}
            aria-label="Next month"
            onClick={() => setFocused(addMonths(focused, 1))}
          >
            <Icon name="chevron-right" className="size-4" />
          </button>
        </div>
      </div>
      <table ref={grid} aria-labelledby={headingId} className="w-full table-fixed" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {COLUMNS.map((name) => (
              <th key={name} scope="col" abbr={name} className="pb-1 text-xs font-medium text-muted">
                {name.slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, month).map((week) => (
            <tr key={week.find(Boolean) ?? ""}>
              {week.map((date, column) => (
                <td key={date ?? `pad-${column}`} className="p-0 text-center">
                  {date ? (
                    <DayButton
                      date={date}
                      isToday={date === today}
                      isSelected={date === selected}
                      tabbable={date === focused}
                      onChoose={onChoose}
                    />
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sr-only">
        Arrow keys move by day and week, Page Up and Page Down by month.{" "}
        {selected ? `Due ${dayName(selected)}.` : "No due date."}
      </p>
    </div>
  );
}

function DayButton({
  date,
  isToday,
  isSelected,
  tabbable,
  onChoose,
}: {
  date: string;
  isToday: boolean;
  isSelected: boolean;
  tabbable: boolean;
  onChoose(date: string): void;
}) {
  const day = parseDateString(date).day;
  const look = isSelected
    ? "bg-accent text-accent-fg font-semibold"
    : isToday
      ? "font-semibold text-accent ring-1 ring-accent ring-inset hover:bg-surface"
      : "hover:bg-surface";
  return (
    <button
      type="button"
      data-date={date}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${dayName(date)}${isToday ? ", today" : ""}`}
      aria-pressed={isSelected}
      aria-current={isToday ? "date" : undefined}
      onClick={() => onChoose(date)}
      className={`mx-auto inline-flex size-10 items-center justify-center rounded-full text-sm ${look}`}
    >
      {day}
    </button>
  );
}
