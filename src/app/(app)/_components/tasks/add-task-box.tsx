"use client";

import { type ComponentProps, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { AddTaskForm } from "./add-task-form";

type AddTaskBoxProps = ComponentProps<typeof AddTaskForm> & {
  /** The field's id: the box focuses it when it opens. */
  fieldId: string;
  /** The button's words ("Add task") and, for screen readers, where it adds (" to Thu 10 Dec"). */
  buttonText: string;
  buttonPlace: string;
};

/**
 * An "Add …" button that opens a title field in place (a day of Upcoming, a board's column); the field
 * stays open for the next task, and Escape or Cancel closes it, giving focus back to the button.
 */
export function AddTaskBox({ buttonText, buttonPlace, ...form }: AddTaskBoxProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function show() {
    setOpen(true);
    requestAnimationFrame(() => document.getElementById(form.fieldId)?.focus());
  }

  function close() {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  }

  if (!open) {
    return (
      <button
        ref={button}
        type="button"
        onClick={show}
        className="inline-flex min-h-10 items-center gap-2 self-start rounded-md px-2 text-sm text-muted hover:bg-surface hover:text-fg"
      >
        <Icon name="plus" className="size-4" />
        {buttonText}
        <span className="sr-only">{buttonPlace}</span>
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere in the box closes it; its controls are the form's own.
    <div
      className="flex flex-col gap-1"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        // Handled here: the list's own Escape (clear the selection) is not meant.
        event.preventDefault();
        close();
      }}
    >
      <AddTaskForm {...form} />
      <Button variant="ghost" className="self-start" onClick={close}>
        Cancel
      </Button>
    </div>
  );
}
