import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { calendarFeed } from "@/server/db/schema";
import { forbidden, notFound } from "@/server/domain-errors";
import { listedFeedColumns } from "./queries";
import { calendarFeedUrl, generateFeedToken } from "./tokens";

/** Far more than anyone subscribes to; there to stop a script from filling the table. */
export const CALENDAR_FEEDS_PER_USER = 50;

/**
 * A new feed (every task, or one project the user can see): its address is returned here only, the
 * database keeps the token's hash. Counted under a per-user lock so concurrent creates cannot overshoot.
 */
export function createCalendarFeed(db: Database, userId: string, projectId: string | null) {
  return db.transaction(async (tx) => {
    if (projectId) await requireProjectAccess(tx, userId, projectId, "read");
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`quota:calendarFeeds:${userId}`}, 0))`);
    if ((await tx.$count(calendarFeed, eq(calendarFeed.userId, userId))) >= CALENDAR_FEEDS_PER_USER) {
      throw forbidden(`You have reached the limit of ${CALENDAR_FEEDS_PER_USER} calendar feeds. Revoke one first.`);
    }
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
