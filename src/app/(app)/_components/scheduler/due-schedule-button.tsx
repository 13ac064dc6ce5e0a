"use client";

import { type RefObject, useState } from "react";
import { Icon } from "@/components/icon";
import { type Recurrence, recurrenceFroms } from "@/lib/schemas/task";
import { LazySchedulerDialog } from "./lazy-scheduler-dialog";
import type { Schedule } from "./schedule";

/** A form's due fields as the scheduler edits them (the details dialog's date, time and repeat). */
export type DueFields = { dueDate: string | null; dueTime: string | null; recurrence: Recurrence | null };

/** The form's fields named dueDate, dueTime, repeat and repeatFrom, as they are now (the draft, not the saved task). */
function dueFieldsOf(form: HTMLFormElement): DueFields {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" && value ? value : null;
  };
  const repeat = text("repeat");
  const from = recurrenceFroms.find((anchor) => anchor === text("repeatFrom")) ?? "due";
  return { dueDate: text("dueDate"), dueTime: text("dueTime"), recurrence: repeat ? { rrule: repeat, from } : null };
}

/** What the fields become: the schedule's date, with the draft's time and repeat where it leaves them. */
function scheduled(current: DueFields, schedule: Schedule): DueFields {
  if (schedule.dueDate === null) return { dueDate: null, dueTime: null, recurrence: null };
  return {
    dueDate: schedule.dueDate,
    dueTime: schedule.dueTime === undefined ? current.dueTime : schedule.dueTime,
    recurrence: schedule.recurrence === undefined ? current.recurrence : schedule.recurrence,
  };
}

/**
 * "Schedule…" beside a form's date fields: opens the scheduler on the form's draft, and hands back the
 * fields it chose; the form saves them with the rest.
 */
export function DueScheduleButton({
  form,
  title,
  today,
  timeZone,
  onSchedule,
}: {
  form: RefObject<HTMLFormElement | null>;
  title: string;
  today: string;
  timeZone: string;
  onSchedule(fields: DueFields): void;
}) {
  const [opened, setOpened] = useState<{ current: DueFields; opener: HTMLElement } | null>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        className="inline-flex min-h-10 items-center gap-1 self-end justify-self-start rounded-md border border-border px-3 text-sm hover:bg-surface"
        onClick={(event) => {
          if (form.current) setOpened({ current: dueFieldsOf(form.current), opener: event.currentTarget });
        }}
      >
        <Icon name="calendar-days" className="size-4" />
        Schedule…
      </button>
      {opened ? (
        <LazySchedulerDialog
          label={`Schedule “${title}”`}
          start={opened.current}
          today={today}
          timeZone={timeZone}
          onApply={(schedule) => onSchedule(scheduled(opened.current, schedule))}
          onClose={() => {
            opened.opener.focus();
            setOpened(null);
          }}
        />
      ) : null}
    </>
  );
}
