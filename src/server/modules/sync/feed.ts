import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { EntityChange } from "@/lib/change-feed";
import { isMember } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { change } from "@/server/db/schema";
import { countValue } from "@/server/db/value-reads";

/** The channel the feed's triggers announce each new row's seq on (migration `*_change_feed`). */
export const CHANGES_CHANNEL = "tasklane_changes";

/** How long the feed keeps a row: a screen away for longer refetches everything instead of replaying. */
export const CHANGE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** The most rows one read of the feed returns (a replay reads page after page). */
export const CHANGE_PAGE_SIZE = 500;

export interface FeedChange extends EntityChange {
  seq: number;
}

/**
 * Rows the user may see: their own private ones (an Inbox task, a label, their own membership, which is
 * how a removed member hears of it) and those of every project they are a member of, now.
 */
function visibleTo(userId: string): SQL | undefined {
  return or(eq(change.userId, userId), and(isNotNull(change.projectId), isMember(userId, change.projectId)));
}

const feedColumns = {
  seq: change.seq,
  entity: change.entity,
  id: change.entityId,
  projectId: change.projectId,
  op: change.op,
};

/** The user's changes after `afterSeq`, oldest first, at most `limit`. */
export function changesAfter(
  db: Database,
  userId: string,
  afterSeq: number,
  limit = CHANGE_PAGE_SIZE,
): Promise<FeedChange[]> {
  return db
    .select(feedColumns)
    .from(change)
    .where(and(gt(change.seq, afterSeq), visibleTo(userId)))
    .orderBy(asc(change.seq))
    .limit(limit);
}

/** Which of the rows `seqs` (just announced) the user may see, oldest first. */
export function changesAmong(db: Database, userId: string, seqs: readonly number[]): Promise<FeedChange[]> {
  if (seqs.length === 0) return Promise.resolve([]);
  return db
    .select(feedColumns)
    .from(change)
    .where(and(inArray(change.seq, [...seqs]), visibleTo(userId)))
    .orderBy(asc(change.seq));
}

export interface FeedBounds {
  /** The newest seq handed out (0 before the first change). */
  head: number;
  /** The oldest seq still kept; head + 1 when the feed is empty. */
  firstKept: number;
}

/** The newest seq handed out, 0 before the first change: the sequence knows it even when rows are pruned. */
const feedHead = sql<number>`(select case when is_called then last_value else 0 end from change_seq_seq)`;

/**
 * The feed's head as part of a page's read (the signed-in shell's): a screen drawn from that read starts its
 * stream there, so a change made while the page was loading is replayed instead of missed.
 */
export const feedHeadRead = countValue(feedHead);

/** Where the feed starts and ends, in one statement. */
export async function feedBounds(db: Database): Promise<FeedBounds> {
  const result = await db.execute<{ head: string; first_kept: string }>(sql`
    select s.head, coalesce((select min(seq) from ${change}), s.head + 1) as first_kept
    from (select ${feedHead} as head) as s`);
  const row = result.rows[0];
  if (!row) throw new Error("the change feed's sequence is missing");
  return { head: Number(row.head), firstKept: Number(row.first_kept) };
}

/**
 * Whether a screen that last saw `afterSeq` can be brought up to date by replaying the feed: no row after
 * it has been pruned, and it does not come from the future (a database restored or recreated since).
 */
export function canReplayFrom(afterSeq: number, bounds: FeedBounds): boolean {
  return afterSeq + 1 >= bounds.firstKept && afterSeq <= bounds.head;
}

/**
 * Takes a deleted account out of the feed: its private rows go; rows of a shared project that named it
 * (its membership's end) stay for the other members, no longer addressed to it.
 */
export async function forgetUserInFeed(tx: Database, userId: string): Promise<void> {
  await tx
    .update(change)
    .set({ userId: null })
    .where(and(eq(change.userId, userId), isNotNull(change.projectId)));
  await tx.delete(change).where(eq(change.userId, userId));
}

/** Deletes rows older than CHANGE_RETENTION_MS (the daily cleanup); how many went. */
export async function pruneChanges(db: Database, now = Date.now()): Promise<number> {
  // Counted in the database: a week of a busy feed is too many rows to send back just to count them.
  const cutoff = new Date(now - CHANGE_RETENTION_MS).toISOString();
  const result = await db.execute<{ deleted: number }>(sql`
    with gone as (delete from ${change} where ${change.createdAt} < ${cutoff} returning 1)
    select count(*)::int as deleted from gone`);
  return result.rows[0]?.deleted ?? 0;
}
