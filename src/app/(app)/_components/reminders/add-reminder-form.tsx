"use client";

import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { instantIn, isValidDateString } from "@/lib/dates";
import { minutesBefore as minutesBeforeSchema, REMINDER_MINUTES_BEFORE_MIN } from "@/lib/schemas/reminder";
import type { RouterInputs } from "@/trpc/react";
import type { Task } from "../tasks/task-pages";
import { OFFSET_UNITS } from "./reminder-text";

const inputClass = "min-h-10 rounded-md border border-border bg-bg px-3 text-base";

interface AddReminderFormProps {
  task: Pick<Task, "id" | "dueDate" | "dueTime">;
  timeZone: string;
  today: string;
  onAdd(input: RouterInputs["reminder"]["create"]): void;
  /** A reminder is being saved: the button waits. */
  pending: boolean;
}

/** "Add reminder": N minutes/hours/days before the saved due time, or at a date and time in the user's zone. */
export function AddReminderForm({ task, timeZone, today, onAdd, pending }: AddReminderFormProps) {
  const id = useId();
  const hasDue = task.dueDate !== null;
  const [mode, setMode] = useState<"absolute" | "relative">(hasDue ? "relative" : "absolute");
  const [error, setError] = useState<string | null>(null);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setError(null);
    if (mode === "absolute") {
      const date = field("date");
      const time = field("time");
      if (!isValidDateString(date) || !/^\d{2}:\d{2}$/.test(time)) {
        setError("Choose a date and a time.");
        return;
      }
      onAdd({ taskId: task.id, absolute: instantIn(date, time, timeZone) });
    } else {
      const amount = Number(field("amount"));
      const unit = OFFSET_UNITS.find((each) => each.unit === field("unit")) ?? OFFSET_UNITS[0];
      const minutesBefore = minutesBeforeSchema.safeParse(amount * unit.minutes);
      if (!Number.isInteger(amount) || !minutesBefore.success) {
        setError("Choose a whole number, at most 4 weeks before.");
        return;
      }
      onAdd({ taskId: task.id, minutesBefore: minutesBefore.data });
    }
  }

  return (
    <form onSubmit={add} noValidate className="flex flex-col gap-2">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Remind</legend>
        <label className="inline-flex min-h-9 items-center gap-2">
          <input
            type="radio"
            name="mode"
            checked={mode === "relative"}
            onChange={() => setMode("relative")}
            disabled={!hasDue}
            aria-describedby={hasDue ? undefined : `${id}-needs-due`}
            className="size-4 accent-accent"
          />
          Before it is due
        </label>
        <label className="inline-flex min-h-9 items-center gap-2">
          <input
            type="radio"
            name="mode"
            checked={mode === "absolute"}
            onChange={() => setMode("absolute")}
            className="size-4 accent-accent"
          />
          At a set time
        </label>
      </fieldset>
      {hasDue ? null : (
        <p id={`${id}-needs-due`} className="text-sm text-muted">
          Save a due date to be reminded before it.
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        {mode === "relative" ? (
          <>
            <label className="flex flex-col gap-1 text-sm">
              How many
              <input
                name="amount"
                type="number"
                min={REMINDER_MINUTES_BEFORE_MIN}
                defaultValue={30}
                required
                className={`${inputClass} w-24`}
              />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              Unit
              <select name="unit" defaultValue="minutes" className={inputClass}>
                {OFFSET_UNITS.map(({ unit }) => (
                  <option key={unit} value={unit}>
                    {unit} before
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <>
            <label className="flex flex-col gap-1 text-sm">
              Reminder date
              <input name="date" type="date" defaultValue={task.dueDate ?? today} required className={inputClass} />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              Reminder time
              <input name="time" type="time" defaultValue={task.dueTime ?? "09:00"} required className={inputClass} />
            </label>
          </>
        )}
        <Button
          type="submit"
          variant="secondary"
          disabled={pending}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          Add reminder
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
