"use client";

import { Icon } from "@/components/icon";
import type { TaskRowControl } from "../keyboard/task-rows";

/** The box is round (the select box beside a row's is square), ringed in the priority's colour. */
const box =
  "peer size-5 shrink-0 cursor-pointer appearance-none rounded-full border-2 bg-bg checked:border-accent checked:bg-accent";
const mark = "pointer-events-none absolute hidden size-3 text-accent-fg peer-checked:block";

const priorityRing: Record<number, string> = {
  1: "border-red-600 dark:border-red-400",
  2: "border-orange-600 dark:border-orange-400",
  3: "border-blue-600 dark:border-blue-400",
};

/** The clickable area around the box: a list row's, or a subtask's smaller one. */
const hitArea = { row: "min-h-10 min-w-10", subtask: "size-8" } as const;

interface CompleteCheckboxProps {
  title: string;
  checked: boolean;
  onChange(checked: boolean): void;
  size: keyof typeof hitArea;
  /** Absent: a muted ring. */
  priority?: number;
  "data-row-control"?: TaskRowControl;
}

/** A task's "Complete" box, in a list row and in a subtask list. */
export function CompleteCheckbox({ title, checked, onChange, size, priority, ...marks }: CompleteCheckboxProps) {
  const ring = (priority === undefined ? undefined : priorityRing[priority]) ?? "border-muted";
  return (
    <label className={`relative inline-flex ${hitArea[size]} items-center justify-center`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className={`${box} ${ring}`}
        aria-label={`Complete “${title}”`}
        {...marks}
      />
      <Icon name="check" className={mark} />
    </label>
  );
}
