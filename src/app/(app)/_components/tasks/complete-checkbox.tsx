"use client";

import { Icon } from "@/components/icon";
import type { TaskRowControl } from "../keyboard/task-rows";

/** The clickable area around the box: a list row's, or a subtask's smaller one. */
const hitArea = { row: "min-h-10 min-w-10", subtask: "size-8" } as const;

interface CompleteCheckboxProps {
  title: string;
  checked: boolean;
  onChange(checked: boolean): void;
  size: keyof typeof hitArea;
  /** Absent: a muted ring. */
  priority?: number;
  /** Where it sits in its container (a row's grid area). */
  className?: string;
  "data-row-control"?: TaskRowControl;
}

/**
 * A task's "Complete" box, in a list row and in a subtask list: round (the select box beside a row's is
 * square), ringed in the priority's colour (`.complete`: globals.css).
 */
export function CompleteCheckbox({
  title,
  checked,
  onChange,
  size,
  priority,
  className,
  ...marks
}: CompleteCheckboxProps) {
  return (
    <label className={`complete ${hitArea[size]}${className ? ` ${className}` : ""}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className={priority !== undefined && priority < 4 ? `priority-${priority}` : undefined}
        aria-label={`Complete “${title}”`}
        {...marks}
      />
      <Icon name="check" />
    </label>
  );
}
