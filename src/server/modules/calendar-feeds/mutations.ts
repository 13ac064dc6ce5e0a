import "server-only";
import { and, eq } from "drizzle-orm";
import { requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { calendarFeed } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { assertWithinQuota } from "@/server/quotas";
import { listedFeedColumns } from "./queries";
import { calendarFeedUrl, generateFeedToken } from "./tokens";

/**
 * A new feed (every task, or one project the user can see): its address is returned here only, the
 * database keeps the token's hash.
 */
export function createCalendarFeed(db: Database, userId: string, projectId: string | null) {
  return db.transaction(async (tx) => {
    if (projectId) await requireProjectAccess(tx, userId, projectId, "read");
    await assertWithinQuota(tx, userId, "calendarFeeds");
    return insertFeed(tx, userId, projectId);
  });
}

async function insertFeed(tx: Database, userId: string, projectId: string | null) {
  const { token, tokenHash, lastCharacters } = generateFeedToken();
  const [created] = await tx
    .insert(calendarFeed)
    .values({ userId, projectId, tokenHash, lastCharacters })
    .returning(listedFeedColumns);
  if (!created) throw new Error("insert returned no row");
  return { ...created, url: calendarFeedUrl(token) };
}

/** Deletes the feed: its address answers 404 from now on. */
export async function revokeCalendarFeed(db: Database, userId: string, id: string) {
  const [revoked] = await db
    .delete(calendarFeed)
    .where(and(eq(calendarFeed.userId, userId), eq(calendarFeed.id, id)))
    .returning({ id: calendarFeed.id, projectId: calendarFeed.projectId });
  if (!revoked) throw notFound({ message: "That feed does not exist." });
  return revoked;
}

/** A new address for the same feed's scope; the old one stops working in the same transaction. */
export function rotateCalendarFeed(db: Database, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const { projectId } = await revokeCalendarFeed(tx, userId, id);
    if (projectId) await requireProjectAccess(tx, userId, projectId, "read");
    return insertFeed(tx, userId, projectId);
  });
}
