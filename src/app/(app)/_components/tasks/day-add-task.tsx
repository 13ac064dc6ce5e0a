"use client";

import { Plus } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { LineFields } from "../quick-add/line-fields";
import { AddTaskForm } from "./add-task-form";

interface DayAddTaskProps {
  date: string;
  /** The day as its heading writes it, without "Today" ("Thu 10 Dec"): names the button and the field. */
  dayName: string;
  timeZone: string;
  /** As AddTaskForm's: the line's fields, due this day unless the line names another. */
  onAdd(title: string, fields: LineFields): Promise<boolean>;
}

/** A day's own add box in Upcoming: an "Add task" button that opens the add field; Escape or Cancel closes it. */
export function DayAddTask({ date, dayName, timeZone, onAdd }: DayAddTaskProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const fieldId = `new-task-${date}`;

  function show() {
    setOpen(true);
    requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
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
        <Plus aria-hidden className="size-4" />
        Add task<span className="sr-only"> to {dayName}</span>
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
      <AddTaskForm
        onAdd={onAdd}
        timeZone={timeZone}
        defaults={{ dueDate: date }}
        place="Inbox"
        fieldId={fieldId}
        label={`New task for ${dayName}`}
        formLabel={`Add a task for ${dayName}`}
      />
      <Button variant="ghost" className="self-start" onClick={close}>
        Cancel
      </Button>
    </div>
  );
}
