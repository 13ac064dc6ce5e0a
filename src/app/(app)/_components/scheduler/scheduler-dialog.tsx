"use client";

import { type FormEvent, type SyntheticEvent, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { describeRecurrence } from "@/lib/recurrence";
import { quickChoices } from "@/lib/schedule-choices";
import { useHourCycle } from "../hour-cycle";
import { REPEAT_PRESETS } from "../tasks/task-meta";
import { MonthCalendar } from "./month-calendar";
import { readPhrase } from "./read-phrase";
import { draftOf, KEEP_REPEAT, type Schedule, type ScheduleDraft, savedDate, scheduleFor } from "./schedule";

export interface SchedulerDialogProps {
  /** The dialog's name: "Schedule “Pay rent”", "Schedule 3 tasks". */
  label: string;
  /** The task's date fields; for several tasks, no date and no time or repeat (each keeps its own). */
  start: Schedule;
  today: string;
  timeZone: string;
  onApply(schedule: Schedule): void;
  /** Closed, applied or not: the opener takes the focus back. */
  onClose(): void;
}

const field = "min-h-10 rounded-md border border-border bg-bg px-3 text-base text-fg";
const choice =
  "flex min-h-10 w-full items-center justify-between gap-2 rounded-md px-3 text-left text-sm hover:bg-surface";

/**
 * The scheduler, a modal on the native <dialog> (focus stays inside, Escape closes): one tap on a
 * quick choice or a calendar day applies that date with the time and repeat shown; a typed phrase is
 * read as quick add reads it and previewed before Enter applies it. A sheet at the bottom on phones.
 */
export function SchedulerDialog({ label, start, today, timeZone, onApply, onClose }: SchedulerDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const hourCycle = useHourCycle();
  const phraseField = useRef<HTMLInputElement>(null);
  const ids = {
    heading: useId(),
    phrase: useId(),
    preview: useId(),
    repeat: useId(),
  };
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(start));
  const [phrase, setPhrase] = useState("");
  const reading = phrase.trim()
    ? readPhrase(phrase, draft, start, { now: new Date(), timeZone, today, hourCycle })
    : null;

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    // A phone's keyboard would cover the sheet: there the focus stays on the dialog's first button.
    if (window.matchMedia("(pointer: fine)").matches) phraseField.current?.focus();
  }, []);

  function apply(schedule: Schedule) {
    onApply(schedule);
    dialog.current?.close();
  }

  function submitPhrase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    if (reading) apply(reading.schedule);
  }

  // Events reach its React parents through the portal too: the details dialog (a <dialog> and a <form>).
  const stop = (event: SyntheticEvent) => event.stopPropagation();

  // In <body>: opened from the details dialog, its form would otherwise sit inside that dialog's form.
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={ids.heading}
      onCancel={stop}
      // Escape closes the scheduler only: the list's own Escape (clear the selection) stays out of it.
      onKeyDown={(event) => event.key === "Escape" && stop(event)}
      onClose={(event) => {
        stop(event);
        onClose();
      }}
      className="mx-0 mt-auto mb-0 max-h-[100dvh] w-full max-w-none overflow-y-auto rounded-t-xl border border-border bg-bg p-0 text-fg backdrop:bg-black/50 sm:m-auto sm:max-h-[calc(100dvh-2rem)] sm:w-[24rem] sm:rounded-xl"
    >
      <div className="flex flex-col gap-3 p-4">
        <div className="flex items-center justify-between gap-2">
          <h2 id={ids.heading} className="truncate text-base font-semibold">
            {label}
          </h2>
          <button
            type="button"
            aria-label="Close"
            onClick={() => dialog.current?.close()}
            className="inline-flex size-10 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-fg"
          >
            <Icon name="x" className="size-4" />
          </button>
        </div>

        <form onSubmit={submitPhrase} className="flex flex-col gap-1">
          <label htmlFor={ids.phrase} className="text-sm font-medium">
            Type a date
          </label>
          <input
            ref={phraseField}
            id={ids.phrase}
            value={phrase}
            onChange={(event) => setPhrase(event.target.value)}
            placeholder="next friday 5pm, every 2nd tue"
            autoComplete="off"
            aria-describedby={ids.preview}
            className={field}
          />
          <p id={ids.preview} aria-live="polite" className="min-h-5 text-sm text-muted">
            {reading ? (
              <>
                <span className="font-medium text-fg">{reading.preview}</span>
                {reading.unread ? ` (not read: “${reading.unread}”)` : ""}
                <span className="sr-only">. Press Enter to apply.</span>
              </>
            ) : phrase.trim() ? (
              "No date in that yet."
            ) : null}
          </p>
        </form>

        <ul aria-label="Quick dates" className="grid grid-cols-2 gap-1 sm:grid-cols-1">
          {quickChoices(today).map((quick) => (
            <li key={quick.key}>
              <button type="button" className={choice} onClick={() => apply(scheduleFor(quick.date, draft, start))}>
                <span className="font-medium">{quick.label}</span>
                <span className="text-muted">{quick.weekday}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className={choice} onClick={() => apply(scheduleFor(null, draft, start))}>
              <span className="font-medium">No date</span>
              <Icon name="calendar-x" className="size-4 text-muted" />
            </button>
          </li>
        </ul>

        <MonthCalendar
          today={today}
          selected={start.dueDate}
          onChoose={(date) => apply(scheduleFor(date, draft, start))}
        />

        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Time"
            type="time"
            value={draft.time}
            onChange={(event) => setDraft({ ...draft, time: event.target.value })}
          />
          <RepeatSelect
            id={ids.repeat}
            draft={draft}
            start={start}
            onChange={(repeat) => setDraft({ ...draft, repeat })}
          />
        </div>
        {start.deadline !== undefined ? (
          <TextField
            label="Deadline"
            type="date"
            value={draft.deadline}
            onChange={(event) => setDraft({ ...draft, deadline: event.target.value })}
          />
        ) : null}

        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          {/* Keeps the date (today for an undated task given a time or repeat) with the fields below the calendar. */}
          <Button onClick={() => apply(scheduleFor(savedDate(start, draft, today), draft, start))}>Save</Button>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}

function RepeatSelect({
  id,
  draft,
  start,
  onChange,
}: {
  id: string;
  draft: ScheduleDraft;
  start: Schedule;
  onChange(repeat: string): void;
}) {
  const current = start.recurrence;
  const custom = current && !REPEAT_PRESETS.some((preset) => preset.rrule === current.rrule) ? current : null;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Repeat
      </label>
      <select id={id} value={draft.repeat} onChange={(event) => onChange(event.target.value)} className={field}>
        {current === undefined ? <option value={KEEP_REPEAT}>As each task repeats</option> : null}
        <option value="">Does not repeat</option>
        {REPEAT_PRESETS.map((preset) => (
          <option key={preset.rrule} value={preset.rrule}>
            {preset.label}
          </option>
        ))}
        {custom ? <option value={custom.rrule}>{describeRecurrence(custom.rrule, custom.from)}</option> : null}
      </select>
    </div>
  );
}
