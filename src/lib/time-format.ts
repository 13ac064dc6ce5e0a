import type { HourCycle } from "./dates";

/** What a user chose in Settings: follow the browser's language, or a fixed 12- or 24-hour clock. */
export const timeFormats = ["auto", "12h", "24h"] as const;
export type TimeFormat = (typeof timeFormats)[number];

/** Where nothing else decides (the server rendering an "auto" account): the 24-hour clock. */
export const FALLBACK_HOUR_CYCLE: HourCycle = "h23";

/** The hour cycle a language uses, from `Intl`'s resolved options ("h11"/"h12" read as 12-hour). */
export function hourCycleOfLocale(locale?: string): HourCycle {
  const resolved = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return resolved === "h11" || resolved === "h12" ? "h12" : "h23";
}

/** The user's choice made concrete: "auto" takes the hour cycle of the reader's language. */
export function resolveHourCycle(format: TimeFormat, localeHourCycle: HourCycle): HourCycle {
  if (format === "12h") return "h12";
  if (format === "24h") return "h23";
  return localeHourCycle;
}
