"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { z } from "zod/mini";
import { firstMessages } from "@/components/forms/form-errors";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { findLinks } from "@/lib/links";
import { labelId } from "@/lib/schemas/label";
import { projectId } from "@/lib/schemas/project";
import { sectionId } from "@/lib/schemas/section";
import {
  deadline,
  dueDate,
  dueTime,
  dueTimeNeedsDate,
  type Recurrence,
  readableRecurrenceRule,
  recurrenceFroms,
  repeatNeedsDate,
  TASK_DESCRIPTION_MAX,
  TASK_TITLE_MAX,
  taskDescription,
  taskPriority,
  taskTitle,
  userId,
} from "@/lib/schemas/task";
import { useIsSaved } from "../pending-creates";
import { TaskReminders } from "../reminders/task-reminders";
import { type DueFields, DueScheduleButton } from "../scheduler/due-schedule-button";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { SubtaskList } from "./subtask-list";
import { TaskActivity } from "./task-activity";
import { TaskComments } from "./task-comments";
import {
  AssigneeField,
  DeadlineField,
  LabelsField,
  ProjectField,
  RepeatField,
  SectionField,
} from "./task-detail-fields";
import { TaskLinks } from "./task-links";
import { PRIORITY_LABELS } from "./task-meta";
import type { Task } from "./task-pages";

// The dialog's fields, checked with the same pieces as the server's `task.update`.
const emptyAsNull = z.pipe(
  z.literal(""),
  z.transform(() => null),
);
const detailsForm = z
  .object({
    title: taskTitle,
    description: taskDescription,
    priority: z.pipe(z.coerce.number(), taskPriority),
    dueDate: z.union([emptyAsNull, dueDate]),
    dueTime: z.union([emptyAsNull, dueTime]),
    deadline: z.union([emptyAsNull, deadline]),
    // Absent for a subtask: its project field is disabled (it follows its parent).
    projectId: z.optional(z.union([emptyAsNull, projectId])),
    // Absent for a subtask (it follows its parent) and in the Inbox (which has none).
    sectionId: z.optional(z.union([emptyAsNull, sectionId])),
    labelIds: z.array(labelId),
    assigneeId: z.union([emptyAsNull, userId]),
    repeat: z.union([z.literal(""), z.string().check(readableRecurrenceRule)]),
    repeatFrom: z.enum(recurrenceFroms),
  })
  .check(dueTimeNeedsDate, repeatNeedsDate("repeat"));

type DetailsForm = z.output<typeof detailsForm>;
export type TaskDetails = Omit<DetailsForm, "repeat" | "repeatFrom"> & { recurrence: Recurrence | null };
type FieldErrors = Partial<Record<keyof DetailsForm, string>>;

interface TaskDetailsDialogProps {
  task: Task | null;
  organizers: Organizers;
  today: string;
  timeZone: string;
  /** Opens another task's details (a subtask listed here). */
  onOpenTask(id: string): void;
  /** Only the fields that changed, and the version the dialog opened on. */
  onSave(task: Task, changes: Partial<TaskDetails>, seen: Date): void;
  onClose(): void;
}

/** A modal (native <dialog>: focus is trapped, Escape closes) for a task's description, priority and due date. */
export function TaskDetailsDialog({
  task,
  organizers,
  today,
  timeZone,
  onOpenTask,
  onSave,
  onClose,
}: TaskDetailsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  // The task as it was when the dialog opened: the form edits that version, and Save says so.
  const [opened, setOpened] = useState<Task | null>(null);
  const openedId = useRef<string | null>(null);
  const saved = useIsSaved(opened?.id ?? "");
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  // The scheduler's choice: the date, time and repeat fields start again from it (a new `version`).
  const [scheduled, setScheduled] = useState<(DueFields & { version: number }) | null>(null);
  const due = scheduled ?? opened;
  // The project chosen in the form (its sections are the Section field's choices).
  const [chosenProject, setChosenProject] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (task && (!element.open || task.id !== openedId.current)) {
      // Opened, or switched to another task (a subtask listed in this one).
      openedId.current = task.id;
      setErrors({});
      setScheduled(null);
      setOpened(task);
      setChosenProject(task.projectId);
      if (!element.open) element.showModal();
    } else if (!task) {
      // Closed (Save, Cancel or Escape): the form goes with its draft, so reopening shows the task as saved.
      openedId.current = null;
      setOpened(null);
      if (element.open) element.close();
    }
  }, [task]);

  // A refused Save takes the keyboard to the first field to fix (it may be scrolled out of view).
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    dialog.current?.querySelector<HTMLElement>("form [aria-invalid='true']")?.focus();
  }, [errors]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!task || !opened) return;
    const form = new FormData(event.currentTarget);
    const parsed = detailsForm.safeParse({ ...Object.fromEntries(form), labelIds: form.getAll("labelIds") });
    if (!parsed.success) {
      setErrors(firstMessages(z.flattenError(parsed.error).fieldErrors));
      return;
    }
    const { repeat, repeatFrom, ...fields } = parsed.data;
    const details = { ...fields, recurrence: repeat ? { rrule: repeat, from: repeatFrom } : null };
    const changes = changedFields(opened, details);
    if (Object.keys(changes).length > 0) onSave(task, changes, opened.updatedAt);
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="task-details-heading"
      // A column whose middle scrolls: the heading and Save stay in view at any height. On a phone, the
      // whole screen (a sheet, not a page that scrolls past its buttons).
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-2rem))] flex-col overflow-hidden rounded-xl border border-border bg-bg p-0 text-fg backdrop:bg-black/50 open:flex max-sm:h-dvh max-sm:max-h-none max-sm:w-full max-sm:max-w-none max-sm:rounded-none max-sm:border-0"
    >
      {opened ? (
        <>
          <h2 id="task-details-heading" className="border-b border-border px-5 py-3 text-lg font-semibold">
            Task details
          </h2>
          <div className="flex-1 overflow-y-auto overscroll-contain">
            <form
              ref={form}
              id={formId}
              key={opened.id}
              onSubmit={submit}
              onChange={(event) => {
                const field = event.target;
                if (field instanceof HTMLSelectElement && field.name === "projectId")
                  setChosenProject(field.value || null);
              }}
              noValidate
              className="grid grid-cols-1 gap-x-4 gap-y-3 px-5 pt-4 pb-5 sm:grid-cols-2"
            >
              <div className="sm:col-span-2">
                <TextField
                  label="Title"
                  name="title"
                  defaultValue={opened.title}
                  maxLength={TASK_TITLE_MAX}
                  error={errors.title}
                />
              </div>
              <div className="flex flex-col gap-1 sm:col-span-2">
                <label htmlFor="task-description" className="text-sm font-medium">
                  Description
                </label>
                <textarea
                  id="task-description"
                  name="description"
                  defaultValue={opened.description}
                  rows={3}
                  maxLength={TASK_DESCRIPTION_MAX}
                  aria-invalid={errors.description ? true : undefined}
                  aria-describedby={errors.description ? "task-description-error" : undefined}
                  className="field-sizing-content max-h-60 min-h-20 rounded-md border border-border bg-bg px-3 py-2 text-base"
                />
                {errors.description ? (
                  <p id="task-description-error" className="text-sm text-danger">
                    {errors.description}
                  </p>
                ) : null}
                {findLinks([opened.title, opened.description]).length > 0 ? (
                  <p className="flex flex-wrap items-center gap-x-3 text-sm">
                    <span className="text-muted">Links:</span>
                    <TaskLinks title={opened.title} description={opened.description} />
                  </p>
                ) : null}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="task-priority" className="text-sm font-medium">
                  Priority
                </label>
                <select
                  id="task-priority"
                  name="priority"
                  defaultValue={String(opened.priority)}
                  className="min-h-10 rounded-md border border-border bg-bg px-3 text-base"
                >
                  {[1, 2, 3, 4].map((priority) => (
                    <option key={priority} value={priority}>
                      {priority < 4 ? `p${priority} — ${PRIORITY_LABELS[priority]}` : `p4 — ${PRIORITY_LABELS[4]}`}
                    </option>
                  ))}
                </select>
              </div>
              <ProjectField task={opened} organizers={organizers} />
              {chosenProject ? <SectionField key={chosenProject} task={opened} projectId={chosenProject} /> : null}
              <TextField
                key={`date-${scheduled?.version ?? 0}`}
                label="Due date"
                name="dueDate"
                type="date"
                defaultValue={due?.dueDate ?? ""}
                error={errors.dueDate}
              />
              <TextField
                key={`time-${scheduled?.version ?? 0}`}
                label="Due time"
                name="dueTime"
                type="time"
                defaultValue={due?.dueTime ?? ""}
                error={errors.dueTime}
              />
              <DeadlineField task={opened} error={errors.deadline} />
              <DueScheduleButton
                form={form}
                title={opened.title}
                today={today}
                timeZone={timeZone}
                onSchedule={(fields) => setScheduled({ ...fields, version: (scheduled?.version ?? 0) + 1 })}
              />
              <AssigneeField task={opened} />
              <div className="sm:col-span-2">
                <RepeatField
                  key={`repeat-${scheduled?.version ?? 0}`}
                  task={{ ...opened, recurrence: due?.recurrence ?? null }}
                  error={errors.repeat}
                />
              </div>
              <div className="sm:col-span-2">
                <LabelsField task={opened} organizers={organizers} />
              </div>
            </form>
            {task && saved ? (
              <TaskReminders key={`reminders-${opened.id}`} task={opened} timeZone={timeZone} today={today} />
            ) : null}
            {/* Only while open: a closed dialog keeps no queries alive (its task may since have been deleted). */}
            {task && saved && opened.parentId === null ? (
              <section aria-labelledby="task-subtasks-heading" className="border-t border-border px-5 py-4">
                <h3 id="task-subtasks-heading" className="mb-1 text-sm font-semibold">
                  Subtasks
                </h3>
                <SubtaskList
                  key={opened.id}
                  parent={opened}
                  today={today}
                  timeZone={timeZone}
                  onOpenDetails={onOpenTask}
                  className=""
                />
              </section>
            ) : null}
            {task && saved ? (
              <TaskComments key={`comments-${opened.id}`} task={opened} organizers={organizers} timeZone={timeZone} />
            ) : null}
            {task && saved ? (
              <TaskActivity
                taskId={opened.id}
                projectId={opened.projectId}
                organizers={organizers}
                timeZone={timeZone}
              />
            ) : null}
          </div>
          {/* Always in view. Reminders, subtasks and comments save as they change; Save is for the fields above. */}
          <div className="flex items-center justify-end gap-2 border-t border-border px-5 py-3">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" form={formId}>
              Save
            </Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

/** The form's values that differ from the task it opened on. */
function changedFields(task: Task, details: TaskDetails): Partial<TaskDetails> {
  const changes: Partial<TaskDetails> = {};
  if (details.title !== task.title) changes.title = details.title;
  if (details.description !== task.description) changes.description = details.description;
  if (details.priority !== task.priority) changes.priority = details.priority;
  if (details.dueDate !== task.dueDate) changes.dueDate = details.dueDate;
  if (details.dueTime !== task.dueTime) changes.dueTime = details.dueTime;
  if (details.deadline !== task.deadline) changes.deadline = details.deadline;
  const projectChanges = details.projectId !== undefined && details.projectId !== task.projectId;
  if (projectChanges) changes.projectId = details.projectId;
  // Moved to another project, the task leaves its section unless one of the new project's is chosen.
  if (
    details.sectionId !== undefined &&
    (projectChanges ? details.sectionId !== null : details.sectionId !== task.sectionId)
  ) {
    changes.sectionId = details.sectionId;
  }
  if ([...details.labelIds].sort().join() !== [...task.labelIds].sort().join()) changes.labelIds = details.labelIds;
  if (details.assigneeId !== task.assigneeId) changes.assigneeId = details.assigneeId;
  if (JSON.stringify(details.recurrence) !== JSON.stringify(task.recurrence)) changes.recurrence = details.recurrence;
  return changes;
}
