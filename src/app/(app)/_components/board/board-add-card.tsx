"use client";

import { Plus } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { LineFields } from "../quick-add/line-fields";
import { AddTaskForm } from "../tasks/add-task-form";

interface BoardAddCardProps {
  projectId: string;
  /** The column's key in element ids ("none" for no section) and its name, which names the field. */
  columnKey: string;
  columnName: string;
  timeZone: string;
  /** Where the card goes when the line names no project, said in the preview ("Project Home, Doing"). */
  place: string;
  /** As AddTaskForm's: the line's fields (the project's unless it names another). */
  onAdd(title: string, fields: LineFields): Promise<boolean>;
}

/**
 * "Add a card" at the bottom of a column: opens the title field (quick add's line: "Paint fence friday
 * @home"); it stays open for the next card; Escape or Cancel closes it.
 */
export function BoardAddCard({ projectId, columnKey, columnName, timeZone, place, onAdd }: BoardAddCardProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const fieldId = `new-card-${columnKey}`;

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
        className="inline-flex min-h-10 items-center gap-2 rounded-md px-2 text-sm text-muted hover:bg-surface hover:text-fg"
      >
        <Plus aria-hidden className="size-4" />
        Add a card<span className="sr-only"> to {columnName}</span>
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere in the box closes it; its controls are the form's own.
    <div
      className="flex flex-col gap-1"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        close();
      }}
    >
      <AddTaskForm
        onAdd={onAdd}
        timeZone={timeZone}
        defaults={{ projectId }}
        place={place}
        fieldId={fieldId}
        label={`New card in ${columnName}`}
        formLabel={`Add a card to ${columnName}`}
        placeholder="Card title, then Enter"
      />
      <Button variant="ghost" className="self-start" onClick={close}>
        Cancel
      </Button>
    </div>
  );
}
