"use client";

import { useId } from "react";
import { Icon } from "@/components/icon";
import type { BulkChange } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { useSignedInUserId } from "../signed-in-user";
import { useDisclosure } from "../use-disclosure";
import { assignableMembers } from "./assignable-members";
import { PRIORITY_LABELS } from "./task-meta";

const button = "inline-flex min-h-10 items-center gap-1 rounded-md border border-border px-3 text-sm hover:bg-surface";

/**
 * Actions on the selected tasks, as one compact bar that sticks under the header (and the phone's menu
 * bar) while the list scrolls: a button per action (its icon alone on a phone, its words still its name),
 * and a menu for each that takes a choice.
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
      className="sticky top-[6.75rem] z-10 flex flex-wrap items-center gap-1.5 rounded-md border border-border bg-bg p-1.5 shadow-sm md:top-16"
    >
      <span className="px-1 text-sm font-medium">{count} selected</span>
      <button type="button" className={button} onClick={() => onApply({ action: "complete", completed: true })}>
        <Icon name="check-check" className="size-4" />
        <span className="max-sm:sr-only">Complete</span>
      </button>
      <button
        type="button"
        className={button}
        aria-haspopup="dialog"
        onClick={(event) => onSchedule(event.currentTarget)}
      >
        <Icon name="calendar-days" className="size-4" />
        <span className="max-sm:sr-only">Schedule</span>
      </button>
      <ChoiceMenu
        label="Move to"
        options={[
          { value: "inbox", label: "Inbox" },
          ...projects.map((project) => ({ value: project.id, label: project.name })),
        ]}
        onChoose={(value) => onApply({ action: "move", projectId: value === "inbox" ? null : value })}
      />
      {labels.length > 0 ? (
        <>
          <ChoiceMenu
            label="Add label"
            options={labels}
            onChoose={(labelId) => onApply({ action: "addLabel", labelId })}
          />
          <ChoiceMenu
            label="Remove label"
            options={labels}
            onChoose={(labelId) => onApply({ action: "removeLabel", labelId })}
          />
        </>
      ) : null}
      <ChoiceMenu
        label="Priority"
        options={[1, 2, 3, 4].map((priority) => ({
          value: String(priority),
          label: `p${priority} — ${PRIORITY_LABELS[priority]}`,
        }))}
        onChoose={(value) => onApply({ action: "priority", priority: Number(value) })}
      />
      {projectId ? <AssignForm projectId={projectId} onApply={onApply} /> : null}
      <button type="button" className={button} onClick={() => onApply({ action: "delete" })}>
        <Icon name="trash" className="size-4" />
        <span className="max-sm:sr-only">Delete</span>
      </button>
      <button type="button" className={button} onClick={onClear}>
        <Icon name="x" className="size-4" />
        <span className="max-sm:sr-only">Clear selection</span>
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
    <ChoiceMenu
      label="Assign"
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

/** A menu button: its choices open under it, and picking one applies it (Escape or a click elsewhere closes). */
function ChoiceMenu({
  label,
  options,
  onChoose,
}: {
  /** The button's words, also the menu's name ("Move to", "Priority"). */
  label: string;
  options: { value: string; label: string }[];
  onChoose(value: string): void;
}) {
  const menu = useDisclosure();
  const listId = useId();
  return (
    <div ref={menu.container} className="relative">
      <button
        ref={menu.button}
        type="button"
        aria-expanded={menu.open}
        aria-controls={menu.open ? listId : undefined}
        onClick={menu.toggle}
        className={`${button} aria-expanded:bg-surface`}
      >
        {label}
        <Icon name="chevron-down" className="size-4" />
      </button>
      {menu.open ? (
        <ul
          id={listId}
          aria-label={label}
          className="absolute top-full left-0 z-20 mt-1 flex max-h-72 min-w-48 flex-col overflow-y-auto rounded-md border border-border bg-bg p-1 shadow-lg"
        >
          {options.map((option) => (
            <li key={option.value}>
              <button
                type="button"
                onClick={() => {
                  menu.close(true);
                  onChoose(option.value);
                }}
                className="flex min-h-10 w-full items-center rounded px-3 text-left text-sm hover:bg-surface"
              >
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
