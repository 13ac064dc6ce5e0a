import "server-only";
import type { HourCycle } from "@/lib/dates";
import { timeFormat } from "@/lib/schemas/auth";
import { hourCycleOfAcceptLanguage, resolveHourCycle, type TimeFormat } from "@/lib/time-format";
import type { Session } from "./auth";

/** The user's 12/24-hour choice (Better Auth types the additional field as a plain, optional string). */
export function timeFormatOf(user: Session["user"]): TimeFormat {
  const parsed = timeFormat.safeParse(user.timeFormat);
  return parsed.success ? parsed.data : "auto";
}

/**
 * The hour cycle the user's pages write times in: their fixed choice, or for "auto" their browser's
 * preferred language (its Accept-Language header), so the server renders what the browser would.
 */
export function hourCycleOf(user: Session["user"], acceptLanguage: string | null): HourCycle {
  return resolveHourCycle(timeFormatOf(user), hourCycleOfAcceptLanguage(acceptLanguage));
}
