import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { updateAccountInput } from "@/lib/schemas/auth";
import { forgetCachedSessions } from "@/server/auth/session-cache";
import type { Database } from "@/server/db";
import { user } from "@/server/db/schema";
import { rearmUserReminders } from "@/server/modules/reminders/rearm";

/** Settings the user edits in the app (name, time zone, clock); a new time zone moves their reminders with it. */
export async function updateAccountSettings(db: Database, userId: string, input: z.output<typeof updateAccountInput>) {
  const updated = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(user)
      .set(input)
      .where(eq(user.id, userId))
      .returning({ name: user.name, timeZone: user.timeZone, timeFormat: user.timeFormat });
    if (input.timeZone !== undefined) await rearmUserReminders(tx, userId);
    return updated;
  });
  // A cached session carries its user: the next request sees the new name, time zone and clock.
  forgetCachedSessions();
  return updated;
}
