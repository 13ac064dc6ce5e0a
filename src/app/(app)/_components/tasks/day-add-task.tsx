"use client";

import type { LineFields } from "../quick-add/line-fields";
import { AddTaskBox } from "./add-task-box";

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
  return (
    <AddTaskBox
      buttonText="Add task"
      buttonPlace={` to ${dayName}`}
      onAdd={onAdd}
      timeZone={timeZone}
      defaults={{ dueDate: date }}
      place="Inbox"
      fieldId={`new-task-${date}`}
      label={`New task for ${dayName}`}
      formLabel={`Add a task for ${dayName}`}
    />
  );
}
