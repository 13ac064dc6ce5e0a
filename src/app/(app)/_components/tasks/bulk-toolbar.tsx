"use client";

import { CheckCheck, Trash2, X } from "lucide-react";
import type { ChangeEvent } from "react";
import type { BulkChange } from "@/lib/schemas/task";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { PRIORITY_LABELS } from "./task-meta";

const select = "min-h-10 rounded-md border border-border bg-bg px-2 text-sm";
const button = "inline-flex min-h-10 items-center gap-1 rounded-md border border-border px-3 text-sm hover:bg-surface";

/** Actions on the selected tasks. Each menu applies its choice at once and resets. */
export function BulkToolbar({
  count,
  organizers,
  onApply,
  onClear,
}: {
  count: number;
  organizers: Organizers;
  onApply(change: BulkChange): void;
  onClear(): void;
}) {
  function choose(make: (value: string) => BulkChange | null) {
    return (event: ChangeEvent<HTMLSelectElement>) => {
      const change = make(event.target.value);
      event.target.value = "";
      if (change) onApply(change);
    };
  }

  return (
    <div
      role="toolbar"
      aria-label={`Actions for ${count} selected ${count === 1 ? "task" : "tasks"}`}
      className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-md border border-border bg-bg p-2 shadow-sm"
    >
      <span className="px-1 text-sm font-medium" aria-live="polite">
        {count} selected
      </span>
      <button type="button" className={button} onClick={() => onApply({ action: "complete", completed: true })}>
        <CheckCheck aria-hidden className="size-4" />
        Complete
      </button>
      <select
        aria-label="Move selected to project"
        className={select}
        defaultValue=""
        onChange={choose((value) => ({ action: "move", projectId: value === "inbox" ? null : value }))}
      >
        <option value="" disabled>
          Move to…
        </option>
        <option value="inbox">Inbox</option>
        {organizers.projects
          .filter((project) => !project.archived)
          .map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
      </select>
      <select
        aria-label="Add a label to selected"
        className={select}
        defaultValue=""
        onChange={choose((labelId) => (labelId ? { action: "addLabel", labelId } : null))}
      >
        <option value="" disabled>
          Add label…
        </option>
        {organizers.labels.map((label) => (
          <option key={label.id} value={label.id}>
            @{label.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Remove a label from selected"
        className={select}
        defaultValue=""
        onChange={choose((labelId) => (labelId ? { action: "removeLabel", labelId } : null))}
      >
        <option value="" disabled>
          Remove label…
        </option>
        {organizers.labels.map((label) => (
          <option key={label.id} value={label.id}>
            @{label.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Set priority of selected"
        className={select}
        defaultValue=""
        onChange={choose((value) => (value ? { action: "priority", priority: Number(value) } : null))}
      >
        <option value="" disabled>
          Priority…
        </option>
        {[1, 2, 3, 4].map((priority) => (
          <option key={priority} value={priority}>
            p{priority} — {PRIORITY_LABELS[priority]}
          </option>
        ))}
      </select>
      <button type="button" className={button} onClick={() => onApply({ action: "delete" })}>
        <Trash2 aria-hidden className="size-4" />
        Delete
      </button>
      <button type="button" className={button} onClick={onClear}>
        <X aria-hidden className="size-4" />
        Clear selection
      </button>
    </div>
  );
}
