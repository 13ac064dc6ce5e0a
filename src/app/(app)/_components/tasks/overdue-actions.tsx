"use client";

import { Icon } from "@/components/icon";

const button =
  "inline-flex min-h-10 items-center gap-1 rounded-md px-2 text-sm font-medium text-accent hover:bg-surface";

/** Beside Today's "Overdue": every overdue task to today at once, or to a date picked in the scheduler. */
export function OverdueActions({ onToday, onPick }: { onToday(): void; onPick(opener: HTMLElement): void }) {
  return (
    <div className="flex items-center">
      <button type="button" className={button} onClick={onToday}>
        <Icon name="calendar-check" className="size-4" />
        Reschedule<span className="sr-only"> every overdue task to today</span>
      </button>
      <button type="button" className={button} aria-haspopup="dialog" onClick={(event) => onPick(event.currentTarget)}>
        <Icon name="calendar-days" className="size-4" />
        Pick a date<span className="sr-only"> for every overdue task</span>
      </button>
    </div>
  );
}
