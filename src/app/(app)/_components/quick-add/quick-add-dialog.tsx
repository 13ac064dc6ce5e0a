"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { QUICK_ADD_LINE_MAX } from "@/lib/schemas/task";
import { SidebarDialog } from "../sidebar/sidebar-dialog";
import { RecognisedTokens } from "./recognised-tokens";
import { useQuickAdd } from "./use-quick-add";

/** `q` or the header's button: one line that becomes a task. It stays open for the next one, as Todoist's does. */
export function QuickAddDialog({ open, onClose, timeZone }: { open: boolean; onClose(): void; timeZone: string }) {
  return (
    <SidebarDialog open={open} title="Quick add" onClose={onClose}>
      <QuickAddForm timeZone={timeZone} />
    </SidebarDialog>
  );
}

/** Mounted only while open: every opening starts empty. */
function QuickAddForm({ timeZone }: { timeZone: string }) {
  const quickAdd = useQuickAdd(timeZone);
  const { plan, text } = quickAdd;
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const previewId = `${fieldId}-preview`;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const parts = quickAdd.describe();
  const { missingProject } = quickAdd;
  const form = useRef<HTMLFormElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  // Closing with a line typed asks first: Escape (the dialog's cancel) or Close shows the question, and a
  // second Escape, or Discard, closes.
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const typed = text.trim() !== "";

  useEffect(() => {
    const dialog = form.current?.closest("dialog");
    if (!dialog) return;
    const onCancel = (event: Event) => {
      if (!typed || askingToDiscard) return;
      event.preventDefault();
      setAskingToDiscard(true);
    };
    dialog.addEventListener("cancel", onCancel);
    return () => dialog.removeEventListener("cancel", onCancel);
  }, [typed, askingToDiscard]);

  useEffect(() => {
    if (askingToDiscard) keepEditing.current?.focus();
  }, [askingToDiscard]);

  const close = () => form.current?.closest("dialog")?.close();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await quickAdd.submit();
    field.current?.focus();
  }

  return (
    <form ref={form} onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="text-sm font-medium">
          Task
        </label>
        <input
          ref={field}
          id={fieldId}
          value={text}
          onChange={(event) => {
            quickAdd.edit(event.target.value);
            setAskingToDiscard(false);
          }}
          autoComplete="off"
          maxLength={QUICK_ADD_LINE_MAX}
          placeholder="Pay rent every month on the 1st p1 #Home @bills"
          aria-describedby={`${previewId} ${quickAdd.error ? errorId : hintId}`}
          aria-invalid={quickAdd.error ? true : undefined}
          data-autofocus
          className="min-h-11 rounded-md border border-border bg-bg px-3 text-base"
        />
        <p id={hintId} className="text-xs text-muted">
          Dates like “tomorrow 5pm”, repeats like “every monday”, p1–p4, #project, @label, +name (a member of a shared
          #project). Enter adds.
        </p>
      </div>

      {plan.parsed.tokens.length > 0 ? (
        <RecognisedTokens
          text={text}
          tokens={plan.parsed.tokens}
          onKeepAsText={(token) => {
            quickAdd.keepAsText(token);
            // The pressed button goes away with its recognition: the caret goes back to the text.
            field.current?.focus();
          }}
        />
      ) : null}

      {/* Empty until something is typed: an emptied line after an add is not a mistake to point out. */}
      <p id={previewId} className="min-h-5 text-sm" data-testid="quick-add-preview">
        {plan.parsed.title.trim() ? (
          <>
            Adds “<strong>{plan.parsed.title.trim()}</strong>”{parts.length > 0 ? ` · ${parts.join(" · ")}` : ""}
            {plan.project?.id ? "" : " · Inbox"}
          </>
        ) : null}
      </p>

      {missingProject ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-border p-2 text-sm">
          <p>You have no project “{missingProject}”: it stays in the title, and the task goes to the Inbox.</p>
          <Button
            variant="secondary"
            onClick={async () => {
              await quickAdd.createProject(missingProject);
              // The button goes once the project exists: the caret goes back to the line, so Enter adds the task.
              field.current?.focus();
            }}
          >
            Create project “{missingProject}”
          </Button>
        </div>
      ) : null}

      {quickAdd.error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {quickAdd.error}
        </p>
      ) : null}
      {/* Inside the modal: the page's own live region is inert while it is open. */}
      <p role="status" className="text-sm text-muted">
        {quickAdd.status}
      </p>

      {askingToDiscard ? (
        <fieldset
          aria-labelledby={`${fieldId}-discard`}
          className="flex flex-col gap-2 rounded-md border border-border p-3"
        >
          <p id={`${fieldId}-discard`} role="alert" className="text-sm">
            Discard “{text.trim()}”? It has not been added.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              ref={keepEditing}
              variant="secondary"
              onClick={() => {
                setAskingToDiscard(false);
                field.current?.focus();
              }}
            >
              Keep editing
            </Button>
            <Button variant="secondary" onClick={close}>
              Discard
            </Button>
          </div>
        </fieldset>
      ) : null}

      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => (typed ? setAskingToDiscard(true) : close())}>
          Close
        </Button>
        <Button type="submit" disabled={quickAdd.busy}>
          Add task
        </Button>
      </div>
    </form>
  );
}
