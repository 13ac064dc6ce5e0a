"use client";

import { CalendarDays, CheckCheck, Trash2, X } from "lucide-react";
import { type FormEvent, type ReactNode, useId } from "react";
import type { BulkChange } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { useSignedInUserId } from "../signed-in-user";
import { assignableMembers } from "./assignable-members";
import { PRIORITY_LABELS } from "./task-meta";

const selectClass = "min-h-10 rounded-md border border-border bg-bg px-2 text-sm";
const button = "inline-flex min-h-10 items-center gap-1 rounded-md border border-border px-3 text-sm hover:bg-surface";

/**
 * Actions on the selected tasks. A choice in a menu is applied by its button, never on change alone:
 * some browsers fire `change` while the arrow keys move through a closed select.
 */
export function BulkToolbar({
  count,
  projectId,
  organizers,
  onApply,
  onSchedule,
  onClear,
}: {
  count: number;
  /** The project every selected task is in (null: several, or the Inbox); "Assign" offers its members. */
  projectId: string | null;
  organizers: Organizers;
  onApply(change: BulkChange): void;
  /** Opens the scheduler for the selected tasks; `opener` takes the focus back when it closes. */
  onSchedule(opener: HTMLElement): void;
  onClear(): void;
}) {
  const projects = organizers.projects.filter((project) => !project.archived);
  const labels = organizers.labels.map((label) => ({ value: label.id, label: `@${label.name}` }));
  return (
    <div
      role="toolbar"
      aria-label={`Actions for ${count} selected ${count === 1 ? "task" : "tasks"}`}
      className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-md border border-border bg-bg p-2 shadow-sm"
    >
      <span className="px-1 text-sm font-medium">{count} selected</span>
      <button type="button" className={button} onClick={() => onApply({ action: "complete", completed: true })}>
        <CheckCheck aria-hidden className="size-4" />
        Complete
      </button>
      <button
        type="button"
        className={button}
        aria-haspopup="dialog"
        onClick={(event) => onSchedule(event.currentTarget)}
      >
        <CalendarDays aria-hidden className="size-4" />
        Schedule
      </button>
      <ChoiceForm
        label="Move selected to project"
        action="Move"
        options={[
          { value: "inbox", label: "Inbox" },
          ...projects.map((project) => ({ value: project.id, label: project.name })),
        ]}
        onChoose={(value) => onApply({ action: "move", projectId: value === "inbox" ? null : value })}
      />
      {labels.length > 0 ? (
        <>
          <ChoiceForm
            label="Label to add to selected"
            action="Add label"
            options={labels}
            onChoose={(labelId) => onApply({ action: "addLabel", labelId })}
          />
          <ChoiceForm
            label="Label to remove from selected"
            action="Remove label"
            options={labels}
            onChoose={(labelId) => onApply({ action: "removeLabel", labelId })}
          />
        </>
      ) : null}
      <ChoiceForm
        label="Priority for selected"
        action="Set priority"
        options={[1, 2, 3, 4].map((priority) => ({
          value: String(priority),
          label: `p${priority} — ${PRIORITY_LABELS[priority]}`,
        }))}
        onChoose={(value) => onApply({ action: "priority", priority: Number(value) })}
      />
      {projectId ? <AssignForm projectId={projectId} onApply={onApply} /> : null}
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

/** Only in a shared project: one with members besides the user (its members are read once, then cached). */
function AssignForm({ projectId, onApply }: { projectId: string; onApply(change: BulkChange): void }) {
  const me = useSignedInUserId();
  const members = assignableMembers(api.project.members.useQuery({ projectId }, { staleTime: 60_000 }).data);
  if (members.length === 0) return null;
  return (
    <ChoiceForm
      label="Assignee for selected"
      action="Assign"
      options={[
        { value: "nobody", label: "Unassigned" },
        ...members.map((member) => ({
          value: member.userId,
          label: member.userId === me ? `${member.name} (me)` : member.name,
        })),
      ]}
      onChoose={(value) => onApply({ action: "assign", assigneeId: value === "nobody" ? null : value })}
    />
  );
}

function ChoiceForm({
  label,
  action,
  options,
  onChoose,
}: {
  label: string;
  action: ReactNode;
  options: { value: string; label: string }[];
  onChoose(value: string): void;
}) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("choice");
    if (typeof value === "string" && value) onChoose(value);
  }
  return (
    <form onSubmit={submit} className="flex items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} name="choice" className={selectClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className={button}>
        {action}
      </button>
    </form>
  );
}
