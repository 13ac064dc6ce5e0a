"use client";

import { BellRing, X } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { instantIn, isValidDateString } from "@/lib/dates";
import { REMINDER_MINUTES_BEFORE_MAX } from "@/lib/schemas/reminder";
import { api } from "@/trpc/react";
import { reportFailure } from "../tasks/mutation-errors";
import type { Task } from "../tasks/task-pages";
import { askNotificationPermission, pushSubscriptionFor } from "./browser-notifications";
import { describeReminder, OFFSET_UNITS, type OffsetUnit } from "./reminder-text";

const inputClass = "min-h-10 rounded-md border border-border bg-bg px-3 text-base";

/** A task's reminders in its details: the list, one-click delete, and "add" at a time or before the due time. */
export function TaskReminders({ task, timeZone, today }: { task: Task; timeZone: string; today: string }) {
  const id = useId();
  const utils = api.useUtils();
  const reminders = api.reminder.list.useQuery({ taskId: task.id });
  const publicKey = api.push.publicKey.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const subscribe = api.push.subscribe.useMutation();
  const refresh = () => utils.reminder.invalidate();
  const create = api.reminder.create.useMutation({
    onError: (error, variables) => reportFailure(error, () => create.mutate(variables)),
    onSettled: refresh,
  });
  const remove = api.reminder.delete.useMutation({
    onError: (error, variables) => reportFailure(error, () => remove.mutate(variables)),
    onSettled: refresh,
  });
  const hasDue = task.dueDate !== null;
  const [mode, setMode] = useState<"absolute" | "relative">(hasDue ? "relative" : "absolute");
  const [error, setError] = useState<string | null>(null);

  /** The first reminder asks for notifications (and this browser's push subscription when the server has VAPID). */
  async function enableNotifications() {
    const permission = await askNotificationPermission();
    if (permission !== "granted" || !publicKey.data) return;
    const subscription = await pushSubscriptionFor(publicKey.data).catch(() => null);
    const { endpoint, keys } = subscription ?? {};
    if (endpoint && keys?.p256dh && keys.auth) {
      subscribe.mutate({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, userAgent: navigator.userAgent });
    }
  }

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
      create.mutate({ taskId: task.id, absolute: instantIn(date, time, timeZone) });
    } else {
      const amount = Number(field("amount"));
      const unit = OFFSET_UNITS.find((each) => each.unit === (field("unit") as OffsetUnit)) ?? OFFSET_UNITS[0];
      const minutesBefore = amount * unit.minutes;
      if (!Number.isInteger(amount) || amount < 0 || minutesBefore > REMINDER_MINUTES_BEFORE_MAX) {
        setError("Choose a whole number, at most 4 weeks before.");
        return;
      }
      create.mutate({ taskId: task.id, minutesBefore });
    }
    void enableNotifications();
  }

  const items = reminders.data ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-border px-5 py-4">
      <h3 id={`${id}-heading`} className="mb-1 text-sm font-semibold">
        Reminders
      </h3>
      {items.length ? (
        <ul aria-label={`Reminders of “${task.title}”`} className="mb-2 flex flex-col">
          {items.map((reminder) => {
            const text = describeReminder(reminder, timeZone);
            return (
              <li key={reminder.id} className="flex min-h-9 items-center gap-2 text-sm">
                <BellRing aria-hidden className="size-4 text-muted" />
                <span className="flex-1">
                  {text}
                  {reminder.sentAt ? <span className="text-muted"> · sent</span> : null}
                </span>
                <button
                  type="button"
                  onClick={() => remove.mutate({ id: reminder.id })}
                  aria-label={`Delete reminder ${text}`}
                  className="inline-flex size-9 items-center justify-center rounded-md hover:bg-surface"
                >
                  <X aria-hidden className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-2 text-sm text-muted">No reminders.</p>
      )}
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
                  min={0}
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
            disabled={create.isPending}
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
    </section>
  );
}
