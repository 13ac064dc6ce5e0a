import type { HourCycle } from "@/lib/dates";
import { FALLBACK_HOUR_CYCLE, hourCycleOfLocale } from "@/lib/time-format";
import { whenIdle } from "@/lib/when-idle";

/**
 * The hour cycle of the browser's language, read once the page is idle, as a store for
 * `useSyncExternalStore`. Reading it is the page's first use of `Intl`, and the first use of any `Intl`
 * constructor costs the browser ~15 ms to start (measured in Chromium, whichever constructor comes first):
 * read while rendering, it lengthened the task that hydrates the page. Until then (and on the server) the
 * snapshot is FALLBACK_HOUR_CYCLE, as the server rendered it, so hydration never mismatches.
 */
export function browserHourCycleStore(schedule: (work: () => void) => void = whenIdle) {
  let read: HourCycle | undefined;
  let scheduled = false;
  const listeners = new Set<() => void>();

  return {
    subscribe(onChange: () => void): () => void {
      if (read !== undefined) return () => {};
      listeners.add(onChange);
      if (!scheduled) {
        scheduled = true;
        schedule(() => {
          read = hourCycleOfLocale();
          for (const notify of listeners) notify();
          listeners.clear();
        });
      }
      return () => listeners.delete(onChange);
    },
    snapshot: (): HourCycle => read ?? FALLBACK_HOUR_CYCLE,
  };
}
