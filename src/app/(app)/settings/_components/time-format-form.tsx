"use client";

import type { FormEvent } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import type { TimeFormat } from "@/lib/time-format";
import { useSaveAccount } from "./use-save-account";

const OPTIONS: { value: TimeFormat; label: string }[] = [
  { value: "auto", label: "Automatic (from this browser’s language)" },
  { value: "12h", label: "12-hour (3:30 pm)" },
  { value: "24h", label: "24-hour (15:30)" },
];

const SAVED: Record<TimeFormat, string> = {
  auto: "Times follow this browser’s language.",
  "12h": "Times are shown on the 12-hour clock.",
  "24h": "Times are shown on the 24-hour clock.",
};

const isTimeFormat = (value: unknown): value is TimeFormat => OPTIONS.some((option) => option.value === value);

/**
 * The 12/24-hour choice every time in the app is written with (due times, history, Completed…). The
 * radios are the browser's own (uncontrolled): a choice made while the page is still hydrating is kept.
 */
export function TimeFormatForm({ timeFormat }: { timeFormat: TimeFormat }) {
  const save = useSaveAccount((saved) => SAVED[saved.timeFormat]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("timeFormat");
    if (!isTimeFormat(value) || value === timeFormat) return;
    save.mutate({ timeFormat: value }, { onError: (failure) => toast.error(describeChangeError(failure)) });
  }

  return (
    <section aria-labelledby="settings-time-format" className="flex flex-col gap-3">
      <h2 id="settings-time-format" className="text-lg font-semibold">
        Time format
      </h2>
      <form onSubmit={submit} className="flex max-w-md flex-col gap-3">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Show times as</legend>
          {OPTIONS.map((option) => (
            <label key={option.value} className="flex min-h-10 items-center gap-2 text-base">
              <input
                type="radio"
                name="timeFormat"
                value={option.value}
                defaultChecked={option.value === timeFormat}
                className="size-4 accent-accent"
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <div>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save time format"}
          </Button>
        </div>
      </form>
    </section>
  );
}
