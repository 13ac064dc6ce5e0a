"use client";

import type { LineFields } from "../quick-add/line-fields";
import { AddTaskBox } from "../tasks/add-task-box";

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

/** "Add a card" at the bottom of a column: quick add's line ("Paint fence friday @home"), open for the next card. */
export function BoardAddCard({ projectId, columnKey, columnName, timeZone, place, onAdd }: BoardAddCardProps) {
  return (
    <AddTaskBox
      buttonText="Add a card"
      buttonPlace={` to ${columnName}`}
      onAdd={onAdd}
      timeZone={timeZone}
      defaults={{ projectId }}
      place={place}
      fieldId={`new-card-${columnKey}`}
      label={`New card in ${columnName}`}
      formLabel={`Add a card to ${columnName}`}
      placeholder="Card title, then Enter"
    />
  );
}
