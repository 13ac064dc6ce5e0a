"use client";

import { type FormEvent, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { Button } from "@/components/ui/button";
import { isCappedCount, spokenCount } from "@/lib/limits";
import { mergeLabelsInput } from "@/lib/schemas/label";
import { dangerButtonClass } from "./sidebar-dialog";
import type { SidebarLabel, SidebarProject } from "./use-projects-and-labels";

/** Runs a request the dialog waits for; its failure is shown in the dialog, which stays open. */
function usePendingAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(action: () => Promise<unknown>, onDone: () => void) {
    setPending(true);
    setError(null);
    try {
      await action();
      onDone();
    } catch (failure) {
      setError(describeChangeError(failure));
      setPending(false);
    }
  }
  return { pending, error, run };
}

function FormError({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
      {message}
    </p>
  ) : null;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
/** "3 open tasks", or "more than 99 open tasks" when the sidebar's count stopped at its cap. */
const openTasks = (count: number) =>
  isCappedCount(count) ? `${spokenCount(count)} open tasks` : plural(count, "open task");

export function DeleteProjectForm({
  project,
  onDelete,
  onDone,
  onCancel,
}: {
  project: SidebarProject;
  onDelete(tasks: "moveToInbox" | "delete"): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { pending, error, run } = usePendingAction();
  const open = project.openTaskCount;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const choice = new FormData(event.currentTarget).get("tasks") === "delete" ? "delete" : "moveToInbox";
    void run(() => onDelete(choice), onDone);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-sm">
        “{project.name}” has {open === 0 ? "no open tasks" : openTasks(open)}. The project itself cannot be brought
        back.
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">What happens to its tasks?</legend>
        <label className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 has-checked:bg-surface">
          <input
            type="radio"
            name="tasks"
            value="moveToInbox"
            defaultChecked
            data-autofocus
            className="mt-0.5 size-4 accent-accent"
          />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium">Move its {open === 0 ? "" : `${openTasks(open)} `}to the Inbox</span>
            <span className="text-sm text-muted">Completed tasks move too. Nothing is deleted but the project.</span>
          </span>
        </label>
        <label className="flex cursor-pointer items-start gap-3 rounded-md border border-border p-3 has-checked:bg-surface">
          <input type="radio" name="tasks" value="delete" className="mt-0.5 size-4 accent-accent" />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium">Delete its tasks too</span>
            <span className="text-sm text-muted">Every task in it, open or completed, is deleted with it.</span>
          </span>
        </label>
      </fieldset>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <button type="submit" disabled={pending} className={dangerButtonClass}>
          {pending ? "Deleting…" : "Delete project"}
        </button>
      </div>
    </form>
  );
}

export function DeleteLabelForm({
  label,
  onDelete,
  onDone,
  onCancel,
}: {
  label: SidebarLabel;
  onDelete(): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { pending, error, run } = usePendingAction();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(onDelete, onDone);
      }}
      className="flex flex-col gap-4"
    >
      <p className="text-sm">
        The label comes off {label.openTaskCount === 0 ? "every task" : `its ${openTasks(label.openTaskCount)}`}; the
        tasks themselves stay. This cannot be undone.
      </p>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <button type="submit" disabled={pending} className={dangerButtonClass}>
          {pending ? "Deleting…" : "Delete label"}
        </button>
      </div>
    </form>
  );
}

export function MergeLabelForm({
  label,
  others,
  onMerge,
  onDone,
  onCancel,
}: {
  label: SidebarLabel;
  /** The labels it can merge into. */
  others: SidebarLabel[];
  onMerge(intoId: string): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { pending, error, run } = usePendingAction();
  const [fieldError, setFieldError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = mergeLabelsInput.safeParse({
      fromId: label.id,
      intoId: new FormData(event.currentTarget).get("intoId"),
    });
    if (!parsed.success) {
      setFieldError("Pick the label to merge into.");
      return;
    }
    setFieldError(null);
    void run(() => onMerge(parsed.data.intoId), onDone);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm">
        Every task labelled “{label.name}” gets the label you pick instead, and “{label.name}” is deleted.
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="merge-into" className="text-sm font-medium">
          Merge into
        </label>
        <select
          id="merge-into"
          name="intoId"
          data-autofocus
          defaultValue=""
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "merge-into-error" : undefined}
          className={`min-h-10 rounded-md border bg-bg px-3 text-base ${fieldError ? "border-danger" : "border-border"}`}
        >
          <option value="" disabled>
            Choose a label…
          </option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        {fieldError ? (
          <p id="merge-into-error" role="alert" className="text-sm text-danger">
            {fieldError}
          </p>
        ) : null}
      </div>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Merging…" : "Merge labels"}
        </Button>
      </div>
    </form>
  );
}

export function DeleteFilterForm({
  name,
  onDelete,
  onDone,
  onCancel,
}: {
  name: string;
  onDelete(): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { pending, error, run } = usePendingAction();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(onDelete, onDone);
      }}
      className="flex flex-col gap-4"
    >
      <p className="text-sm">The filter “{name}” goes from your sidebar. No task changes.</p>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <button type="submit" className={dangerButtonClass} disabled={pending}>
          {pending ? "Deleting…" : "Delete filter"}
        </button>
      </div>
    </form>
  );
}
