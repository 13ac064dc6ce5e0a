import "server-only";
import type { Session } from "./auth";

/** Where "today" is for an account that has not said (accounts from before time zones existed). */
export const DEFAULT_TIME_ZONE = "UTC";

/** The user's IANA time zone (Better Auth types the additional field as optional). */
export function timeZoneOf(user: Session["user"]): string {
  return user.timeZone ?? DEFAULT_TIME_ZONE;
}
