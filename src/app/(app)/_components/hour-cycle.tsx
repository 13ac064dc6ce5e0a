"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { HourCycle } from "@/lib/dates";
import { FALLBACK_HOUR_CYCLE } from "@/lib/time-format";

const HourCycleContext = createContext<HourCycle>(FALLBACK_HOUR_CYCLE);

/**
 * The hour cycle the signed-in user's times are written in, worked out on the server (`hourCycleOf`: their
 * Settings choice, or for "automatic" their browser's language), so the server's HTML and the browser agree.
 */
export function HourCycleProvider({ hourCycle, children }: { hourCycle: HourCycle; children: ReactNode }) {
  return <HourCycleContext.Provider value={hourCycle}>{children}</HourCycleContext.Provider>;
}

/** The hour cycle to write times in (every formatter in `src/lib/dates.ts` takes one). */
export function useHourCycle(): HourCycle {
  return useContext(HourCycleContext);
}
