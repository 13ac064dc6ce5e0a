"use client";

import { createContext, type ReactNode, useContext } from "react";
import { useBrowserValue } from "@/components/use-browser-value";
import type { HourCycle } from "@/lib/dates";
import { FALLBACK_HOUR_CYCLE, hourCycleOfLocale, resolveHourCycle, type TimeFormat } from "@/lib/time-format";

const TimeFormatContext = createContext<TimeFormat>("auto");

/** The signed-in user's 12/24-hour choice (Settings), for every time the app writes. */
export function TimeFormatProvider({ format, children }: { format: TimeFormat; children: ReactNode }) {
  return <TimeFormatContext.Provider value={format}>{children}</TimeFormatContext.Provider>;
}

// The browser's language does not change under a page; building the formatter that reads it is not free.
let browserHourCycle: HourCycle | undefined;
const readBrowserHourCycle = () => {
  browserHourCycle ??= hourCycleOfLocale();
  return browserHourCycle;
};

/**
 * The hour cycle to write times in. A fixed choice is the same on the server and in the browser; "auto"
 * renders 24-hour on the server (it cannot know the reader's language) and in the hydrating render, then
 * the browser's own, so hydration never mismatches.
 */
export function useHourCycle(): HourCycle {
  const format = useContext(TimeFormatContext);
  const localeHourCycle = useBrowserValue(readBrowserHourCycle, FALLBACK_HOUR_CYCLE);
  return resolveHourCycle(format, localeHourCycle);
}
