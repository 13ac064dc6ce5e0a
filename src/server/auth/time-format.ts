import "server-only";
import { timeFormat } from "@/lib/schemas/auth";
import type { TimeFormat } from "@/lib/time-format";
import type { Session } from "./auth";

/** The user's 12/24-hour choice (Better Auth types the additional field as a plain, optional string). */
export function timeFormatOf(user: Session["user"]): TimeFormat {
  const parsed = timeFormat.safeParse(user.timeFormat);
  return parsed.success ? parsed.data : "auto";
}
