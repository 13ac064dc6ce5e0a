"use client";

import { type FormEvent, useMemo, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { useBrowserValue } from "@/components/use-browser-value";
import { timeZone as timeZoneSchema } from "@/lib/schemas/auth";
import { useSaveAccount } from "./use-save-account";

/** This device's zone; null while rendering on the server (it only exists in the browser). */
function useDeviceTimeZone(): string | null {
  return useBrowserValue(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return timeZoneSchema.safeParse(zone).success ? zone : null;
  }, null);
}

/** "America/Argentina/Buenos_Aires" → region "America", name "Argentina / Buenos Aires". */
function groupZones(zones: string[]): [string, { value: string; label: string }[]][] {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const zone of zones) {
    const [region = zone, ...rest] = zone.split("/");
    const group = rest.length ? region : "Other";
    const label = (rest.length ? rest.join(" / ") : zone).replaceAll("_", " ");
    groups.set(group, [...(groups.get(group) ?? []), { value: zone, label }]);
  }
  return [...groups.entries()];
}

export function TimeZoneForm({ timeZone, options }: { timeZone: string; options: string[] }) {
  const [value, setValue] = useState(timeZone);
  const [error, setError] = useState<string | null>(null);
  const device = useDeviceTimeZone();
  const save = useSaveAccount((saved) => `Time zone set to ${saved.timeZone}.`);
  const zones = useMemo(
    () => (device && !options.includes(device) ? [...options, device].sort() : options),
    [options, device],
  );
  const groups = useMemo(() => groupZones(zones), [zones]);

  function saveZone(zone: string) {
    const parsed = timeZoneSchema.safeParse(zone);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Pick a time zone from the list.");
      return;
    }
    setError(null);
    setValue(parsed.data);
    if (parsed.data !== timeZone) {
      save.mutate({ timeZone: parsed.data }, { onError: (failure) => toast.error(describeChangeError(failure)) });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saveZone(value);
  }

  return (
    <section aria-labelledby="settings-time-zone" className="flex flex-col gap-3">
      <h2 id="settings-time-zone" className="text-lg font-semibold">
        Time zone
      </h2>
      <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="time-zone" className="text-sm font-medium">
            Time zone
          </label>
          <select
            id="time-zone"
            name="timeZone"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "time-zone-error time-zone-hint" : "time-zone-hint"}
            className={`min-h-10 rounded-md border bg-bg px-3 text-base ${error ? "border-danger" : "border-border"}`}
          >
            {groups.map(([group, items]) => (
              <optgroup key={group} label={group}>
                {items.map((item) => (
                  <option key={item.value} value={item.value}>
                    {group === "Other" ? item.label : `${group} / ${item.label}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {error ? (
            <p id="time-zone-error" role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : null}
          <p id="time-zone-hint" className="text-sm text-muted">
            Detected from your browser when you signed up. “Today”, overdue tasks and repeating tasks follow it. Now:{" "}
            <span className="font-medium text-fg">{timeZone}</span>.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={save.isPending || value === timeZone}>
            {save.isPending ? "Saving…" : "Save time zone"}
          </Button>
          {device && device !== timeZone ? (
            <Button variant="secondary" disabled={save.isPending} onClick={() => saveZone(device)}>
              Use this device&apos;s time zone ({device})
            </Button>
          ) : null}
        </div>
        {device && device === timeZone ? (
          <p className="text-sm text-muted">This device is in the same time zone.</p>
        ) : null}
      </form>
    </section>
  );
}
