"use client";

import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";
import type { HourCycle } from "@/lib/dates";
import { FALLBACK_HOUR_CYCLE, resolveHourCycle, type TimeFormat } from "@/lib/time-format";
import { browserHourCycleStore } from "./browser-hour-cycle";

const TimeFormatContext = createContext<TimeFormat>("auto");

/** The signed-in user's 12/24-hour choice (Settings), for every time the app writes. */
export function TimeFormatProvider({ format, children }: { format: TimeFormat; children: ReactNode }) {
  return <TimeFormatContext.Provider value={format}>{children}</TimeFormatContext.Provider>;
}

const browserHourCycle = browserHourCycleStore();
const unsubscribed = () => () => {};

/**
 * The hour cycle to write times in. A fixed choice is the same on the server and in the browser; "auto"
 * renders 24-hour on the server (it cannot know the reader's language) and while hydrating, then the
 * browser's own once the page is idle (browser-hour-cycle.ts), so hydration never mismatches.
 */
export function useHourCycle(): HourCycle {
  const format = useContext(TimeFormatContext);
  const localeHourCycle = useSyncExternalStore(
    format === "auto" ? browserHourCycle.subscribe : unsubscribed,
    browserHourCycle.snapshot,
    () => FALLBACK_HOUR_CYCLE,
  );
  return resolveHourCycle(format, localeHourCycle);
}
