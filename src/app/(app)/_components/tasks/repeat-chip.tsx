"use client";

import { Icon } from "@/components/icon";
import { describeRecurrence, type RecurrenceAnchor } from "@/lib/recurrence";

/** A repeating task's rule in words ("Every week"), on the line under its title. */
export function RepeatChip({ rrule, from }: { rrule: string; from: RecurrenceAnchor }) {
  return (
    <span className="chip">
      <Icon name="repeat" className="size-3.5" />
      <span className="sr-only">Repeats:</span>
      {describeRecurrence(rrule, from)}
    </span>
  );
}
