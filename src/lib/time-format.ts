import type { HourCycle } from "./dates";

/** What a user chose in Settings: follow the browser's language, or a fixed 12- or 24-hour clock. */
export const timeFormats = ["auto", "12h", "24h"] as const;
export type TimeFormat = (typeof timeFormats)[number];

/** Where nothing else decides (an "auto" account whose browser names no usable language): the 24-hour clock. */
export const FALLBACK_HOUR_CYCLE: HourCycle = "h23";

/** The hour cycle a language uses, from `Intl`'s resolved options ("h11"/"h12" read as 12-hour). */
export function hourCycleOfLocale(locale: string): HourCycle {
  const resolved = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return resolved === "h11" || resolved === "h12" ? "h12" : "h23";
}

/** The longest language tag read from a header; BCP 47 tags in use are far shorter. */
const LANGUAGE_TAG_MAX_LENGTH = 64;
/** Languages whose hour cycle has been worked out (~85 µs each in Node); cleared when it grows past this. */
const HOUR_CYCLE_MEMO_SIZE = 100;
const hourCycleMemo = new Map<string, HourCycle>();

/**
 * The hour cycle of the browser's preferred language, from its Accept-Language header ("en-US,en;q=0.9" →
 * "en-US" → h12): the first language listed is the one it prefers. No header, `*` or a tag `Intl` does not
 * accept: FALLBACK_HOUR_CYCLE.
 */
export function hourCycleOfAcceptLanguage(header: string | null | undefined): HourCycle {
  const tag = header?.split(",", 1)[0]?.split(";", 1)[0]?.trim() ?? "";
  if (tag === "" || tag === "*" || tag.length > LANGUAGE_TAG_MAX_LENGTH) return FALLBACK_HOUR_CYCLE;
  const known = hourCycleMemo.get(tag);
  if (known) return known;
  let hourCycle: HourCycle;
  try {
    hourCycle = hourCycleOfLocale(tag);
  } catch {
    return FALLBACK_HOUR_CYCLE; // not a language tag (a RangeError from Intl)
  }
  if (hourCycleMemo.size >= HOUR_CYCLE_MEMO_SIZE) hourCycleMemo.clear();
  hourCycleMemo.set(tag, hourCycle);
  return hourCycle;
}

/** The user's choice made concrete: "auto" takes the hour cycle of the reader's language. */
export function resolveHourCycle(format: TimeFormat, localeHourCycle: HourCycle): HourCycle {
  if (format === "12h") return "h12";
  if (format === "24h") return "h23";
  return localeHourCycle;
}
