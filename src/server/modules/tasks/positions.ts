import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";
import { ownedLiveTask } from "./queries";

// Positions are computed over all the user's tasks, trashed ones included: a restored task keeps its
// key, so a new key must never reuse it. Computing a key and writing it happen under a per-user lock,
// so two requests at once cannot pick the same key; a unique index on (user_id, position) backs this up.

const ownedTask = (userId: string, where?: SQL) => and(eq(task.userId, userId), where);

/** The manual-order position for a new task: after every other task of the user's. */
export async function positionAtEnd(db: Database, userId: string): Promise<string> {
  const [last] = await db
    .select({ position: task.position })
    .from(task)
    .where(ownedTask(userId))
    .orderBy(desc(task.position))
    .limit(1);
  return generateKeyBetween(last?.position ?? null, null);
}

/** Runs `work` in a transaction holding the user's position lock (released at commit). */
export function withPositionLock<T>(db: Database, userId: string, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`task-position:${userId}`}, 0))`);
    return work(tx);
  });
}

interface Placement {
  id: string;
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
}

/**
 * The position that puts task `id` right after `afterId`, or right before
 * `beforeId`, or between both. The missing side is the next task in the full
 * manual order (completed and trashed tasks included), so the new key is always
 * strictly between two adjacent keys. With no neighbour named, `afterId: null`
 * means first and `beforeId: null` last. Unknown ids (or someone else's) are NOT_FOUND.
 */
export async function positionBetween(db: Database, userId: string, placement: Placement): Promise<string> {
  const { id, afterId, beforeId } = placement;
  const ids = [id, afterId, beforeId].filter((value): value is string => Boolean(value));
  const found = await db
    .select({ id: task.id, position: task.position })
    .from(task)
    .where(ownedLiveTask(userId, inArray(task.id, ids)));
  const positionOf = new Map(found.map((row) => [row.id, row.position]));
  for (const wanted of ids) {
    if (!positionOf.has(wanted)) throw notFound("Task");
  }

  const others = ownedTask(userId, ne(task.id, id));
  let after = afterId ? (positionOf.get(afterId) ?? null) : null;
  let before = beforeId ? (positionOf.get(beforeId) ?? null) : null;
  if (after !== null && before === null) {
    before = await neighbour(db, and(others, gt(task.position, after)), "next");
  } else if (before !== null && after === null) {
    after = await neighbour(db, and(others, lt(task.position, before)), "previous");
  } else if (after === null && before === null) {
    if (afterId === null) before = await neighbour(db, others, "next");
    else if (beforeId === null) after = await neighbour(db, others, "previous");
    else throw invalid("Say which task it goes after or before.");
  }

  if (after !== null && before !== null && after >= before) {
    throw invalid("The task after which it goes must come first.");
  }
  return generateKeyBetween(after, before);
}

async function neighbour(db: Database, where: SQL | undefined, side: "next" | "previous") {
  const [row] = await db
    .select({ position: task.position })
    .from(task)
    .where(where)
    .orderBy(side === "next" ? asc(task.position) : desc(task.position))
    .limit(1);
  return row?.position ?? null;
}
