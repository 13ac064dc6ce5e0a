import "server-only";
import { lt } from "drizzle-orm";
import type { Database } from "@/server/db";
import { projectInvitation } from "@/server/db/schema";

/** How long an expired invitation stays in its project's list (marked expired, to send again) before it goes. */
export const EXPIRED_INVITATION_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Deletes invitations that expired over a week ago (the daily cleanup); how many went. */
export async function pruneExpiredInvitations(db: Database, now = Date.now()): Promise<number> {
  const deleted = await db
    .delete(projectInvitation)
    .where(lt(projectInvitation.expiresAt, new Date(now - EXPIRED_INVITATION_RETENTION_MS)))
    .returning({ id: projectInvitation.id });
  return deleted.length;
}
