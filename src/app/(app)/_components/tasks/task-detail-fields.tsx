"use client";

import { useState } from "react";
import { ColorDot } from "@/components/color-dot";
import { TextField } from "@/components/ui/text-field";
import { api } from "@/trpc/react";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { useSignedInUserId } from "../signed-in-user";
import { REPEAT_PRESETS } from "./task-meta";
import type { Task } from "./task-pages";

const selectClass = "min-h-10 rounded-md border border-border bg-bg px-3 text-base";

export function ProjectField({ task, organizers }: { task: Task; organizers: Organizers }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="task-project" className="text-sm font-medium">
        Project
      </label>
      <select
        id="task-project"
        name="projectId"
        defaultValue={task.projectId ?? ""}
        disabled={task.parentId !== null}
        aria-describedby={task.parentId ? "task-project-help" : undefined}
        className={selectClass}
      >
        <option value="">Inbox</option>
        {organizers.projects
          .filter((project) => !project.archived || project.id === task.projectId)
          .map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
      </select>
      {task.parentId ? (
        <p id="task-project-help" className="text-sm text-muted">
          A subtask stays in its parent&apos;s project.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The section of the chosen project the task is in (that project's sections are read when it is chosen). A
 * subtask is always in its parent's section.
 */
export function SectionField({ task, projectId }: { task: Task; projectId: string }) {
  const sections = api.section.list.useQuery({ projectId }, { staleTime: 60_000 });
  const current = projectId === task.projectId ? (task.sectionId ?? "") : "";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="task-section" className="text-sm font-medium">
        Section
      </label>
      <select
        // Mounted again once the sections arrive, so the current one is selected.
        key={sections.data ? "sections" : "loading"}
        id="task-section"
        name="sectionId"
        defaultValue={current}
        disabled={task.parentId !== null}
        aria-describedby={task.parentId ? "task-section-help" : undefined}
        className={selectClass}
      >
        <option value="">No section</option>
        {(sections.data ?? []).map((section) => (
          <option key={section.id} value={section.id}>
            {section.name}
          </option>
        ))}
      </select>
      {task.parentId ? (
        <p id="task-section-help" className="text-sm text-muted">
          A subtask stays in its parent&apos;s section.
        </p>
      ) : null}
    </div>
  );
}

/**
 * Who is to do the task: a member of its project (its members are read when the dialog opens), or, in
 * the Inbox, you. A change of project in the same save keeps an assignee only if they are in the new one.
 */
export function AssigneeField({ task }: { task: Task }) {
  const me = useSignedInUserId();
  const members = api.project.members.useQuery(
    { projectId: task.projectId ?? "" },
    { enabled: task.projectId !== null, staleTime: 60_000 },
  );
  const choices =
    task.projectId === null
      ? me
        ? [{ userId: me, name: "Me" }]
        : []
      : (members.data ?? []).map((member) => ({
          userId: member.userId,
          name: member.userId === me ? `${member.name} (me)` : member.name,
        }));
  const assigned = task.assigneeId;
  const missing = assigned && !choices.some((choice) => choice.userId === assigned);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="task-assignee" className="text-sm font-medium">
        Assignee
      </label>
      <select
        // Mounted again once the members arrive, so the current assignee is selected.
        key={members.data ? "members" : "loading"}
        id="task-assignee"
        name="assigneeId"
        defaultValue={assigned ?? ""}
        className={selectClass}
      >
        <option value="">Nobody</option>
        {missing ? <option value={assigned}>{task.assigneeName ?? "Someone"}</option> : null}
        {choices.map((choice) => (
          <option key={choice.userId} value={choice.userId}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The date the task must be done by, apart from its due date; empty: none. */
export function DeadlineField({ task, error }: { task: Task; error: string | undefined }) {
  return (
    <TextField
      label="Deadline"
      name="deadline"
      type="date"
      defaultValue={task.deadline ?? ""}
      error={error}
      hint="The day it must be done by."
    />
  );
}

export function LabelsField({ task, organizers }: { task: Task; organizers: Organizers }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium">Labels</legend>
      {organizers.labels.length === 0 ? (
        <p className="text-sm text-muted">No labels yet: add one in the sidebar.</p>
      ) : (
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {organizers.labels.map((label) => (
            <label key={label.id} className="inline-flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="labelIds"
                value={label.id}
                defaultChecked={task.labelIds.includes(label.id)}
                className="size-4 accent-accent"
              />
              <ColorDot color={label.color} />@{label.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

export function RepeatField({ task, error }: { task: Task; error: string | undefined }) {
  const current = task.recurrence?.rrule ?? "";
  const isPreset = current === "" || REPEAT_PRESETS.some((preset) => preset.rrule === current);
  const [choice, setChoice] = useState(isPreset ? current : "custom");
  const [custom, setCustom] = useState(isPreset ? "" : current);
  const value = choice === "custom" ? custom : choice;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Repeat</legend>
      <input type="hidden" name="repeat" value={value} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          How often
          <select
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "task-repeat-error" : undefined}
            className={selectClass}
          >
            <option value="">Does not repeat</option>
            {REPEAT_PRESETS.map((preset) => (
              <option key={preset.rrule} value={preset.rrule}>
                {preset.label}
              </option>
            ))}
            <option value="custom">Custom rule (RRULE)…</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Next date counts from
          <select name="repeatFrom" defaultValue={task.recurrence?.from ?? "due"} className={selectClass}>
            <option value="due">The due date</option>
            <option value="completion">The day I complete it</option>
          </select>
        </label>
      </div>
      {choice === "custom" ? (
        <label className="flex flex-col gap-1 text-sm">
          RRULE
          <input
            value={custom}
            onChange={(event) => setCustom(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "task-repeat-error" : undefined}
            placeholder="FREQ=MONTHLY;BYDAY=3FR"
            className="min-h-10 rounded-md border border-border bg-bg px-3 font-mono text-sm"
          />
        </label>
      ) : null}
      {error ? (
        <p id="task-repeat-error" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
