"use client";

import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { CALENDAR_VIEWS, type CalendarState, type CalendarView, calendarTitle } from "@/lib/calendar/grid";

const VIEW_NAMES: Record<CalendarView, string> = { week: "Week", month: "Month" };

/** The view's title (the week's days or the month), Week/Month, Today, previous and next. */
export function CalendarToolbar({
  state,
  onView,
  onToday,
  onStep,
}: {
  state: CalendarState;
  onView(view: CalendarView): void;
  onToday(): void;
  onStep(direction: -1 | 1): void;
}) {
  const unit = state.view === "week" ? "week" : "month";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h1 tabIndex={-1} className="mr-auto text-xl font-semibold outline-none sm:text-2xl">
        {calendarTitle(state)}
      </h1>
      <fieldset className="flex rounded-md border border-border p-0.5">
        <legend className="sr-only">View</legend>
        {CALENDAR_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={state.view === view}
            onClick={() => onView(view)}
            className={`min-h-9 rounded px-3 text-sm font-medium ${state.view === view ? "bg-accent text-accent-fg" : "hover:bg-surface"}`}
          >
            {VIEW_NAMES[view]}
          </button>
        ))}
      </fieldset>
      <Button variant="secondary" onClick={onToday}>
        Today
      </Button>
      <div className="flex gap-1">
        <Button variant="secondary" className="px-2" aria-label={`Previous ${unit}`} onClick={() => onStep(-1)}>
          <Icon name="chevron-left" className="size-4" />
        </Button>
        <Button variant="secondary" className="px-2" aria-label={`Next ${unit}`} onClick={() => onStep(1)}>
          <Icon name="chevron-right" className="size-4" />
        </Button>
      </div>
    </div>
  );
}
