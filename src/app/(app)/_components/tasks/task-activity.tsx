"use client";

import { formatClock, formatInstant } from "@/lib/dates";
import { withReference } from "@/lib/error-reference";
import { describeRecurrence } from "@/lib/recurrence";
import { api, type RouterOutputs } from "@/trpc/react";
import { useHourCycle } from "../hour-cycle";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { useSignedInUserId } from "../signed-in-user";
import { PRIORITY_LABELS } from "./task-meta";

type ActivityEvent = RouterOutputs["task"]["activity"][number];

const FIELD_NAMES: Record<string, string> = {
  title: "title",
  description: "description",
  priority: "priority",
  dueDate: "due date",
  dueTime: "due time",
  deadline: "deadline",
  recurrenceRule: "repeat rule",
  recurrenceFrom: "repeat basis",
  projectId: "project",
  parentId: "nesting",
  sectionId: "section",
  labels: "label",
};

/** A task's history, newest first, below its details. */
export function TaskActivity({
  taskId,
  projectId,
  organizers,
  timeZone,
}: {
  taskId: string;
  /** The task's project, whose sections name the section changes. */
  projectId: string | null;
  organizers: Organizers;
  timeZone: string;
}) {
  const activity = api.task.activity.useQuery({ id: taskId });
  const sections = api.section.list.useQuery(
    { projectId: projectId ?? "" },
    { enabled: projectId !== null, staleTime: 60_000 },
  );
  const me = useSignedInUserId();
  const hourCycle = useHourCycle();

  function show(field: string, value: unknown): string {
    if (field === "projectId")
      return value ? (organizers.projectById.get(String(value))?.name ?? "a deleted project") : "Inbox";
    if (field === "parentId") return value ? "a subtask" : "a task of its own";
    if (field === "sectionId") {
      if (!value) return "no section";
      return sections.data?.find((section) => section.id === value)?.name ?? "a deleted section";
    }
    if (value === null || value === undefined || value === "") return "none";
    if (field === "priority") return PRIORITY_LABELS[Number(value)] ?? String(value);
    // The rule alone: whether it counts from the due date or the completion is its own change.
    if (field === "recurrenceRule") return describeRecurrence(String(value), "due");
    if (field === "recurrenceFrom") return value === "completion" ? "the day it is completed" : "the due date";
    if (field === "dueTime") return formatClock(String(value), hourCycle);
    if (field === "description") return `“${String(value).slice(0, 60)}${String(value).length > 60 ? "…" : ""}”`;
    if (field === "labels") return `@${String(value)}`;
    return String(value);
  }

  function describe(event: ActivityEvent): string[] {
    const changes = Object.entries(event.changes);
    if (event.kind === "created") return ["Created"];
    if (changes.length === 0) return [capitalise(event.kind)];
    return changes.map(([field, { from, to }]) => {
      const name = FIELD_NAMES[field] ?? field;
      if (field === "labels") return to ? `Added label ${show(field, to)}` : `Removed label ${show(field, from)}`;
      const verb = event.kind === "completed" ? "Completed; " : event.kind === "uncompleted" ? "Undone; " : "";
      return `${verb}${name}: ${show(field, from)} → ${show(field, to)}`;
    });
  }

  return (
    <section aria-labelledby="task-activity-heading" className="border-t border-border p-5">
      <h3 id="task-activity-heading" className="mb-2 text-sm font-semibold">
        Activity
      </h3>
      {activity.isPending ? (
        <p className="text-sm text-muted">Loading…</p>
      ) : activity.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("Couldn't load the history.", activity.error)}
        </p>
      ) : (
        <ol className="flex max-h-48 flex-col gap-1 overflow-y-auto text-sm" aria-label="History, newest first">
          {activity.data.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-x-3">
              <span>
                {describe(event).join("; ")}
                {/* In a shared project, changes are told apart by who made them. */}
                {event.actorId !== me ? <span className="text-muted"> by {event.actorName}</span> : null}
              </span>
              <time dateTime={event.createdAt.toISOString()} className="text-muted">
                {formatInstant(event.createdAt, timeZone, hourCycle)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
