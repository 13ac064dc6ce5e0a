import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { generateKeyBetween } from "fractional-indexing";
import type { Database } from "@/server/db";
import { invalid, notFound } from "@/server/domain-errors";

/**
 * A per-user manual order (tasks, projects in the sidebar): fractional-index keys in a text column.
 * Keys are computed and written under a per-user lock, so two requests at once cannot pick the same key.
 */
export interface ManualOrder {
  /** Names the lock; also the thing in messages ("task": "The task after which it goes must come first."). */
  noun: "task" | "project";
  table: PgTable;
  id: AnyPgColumn;
  userId: AnyPgColumn;
  position: AnyPgColumn<{ data: string; notNull: true }>;
  /** The rows a placement may name (a neighbour outside them is NOT_FOUND). */
  nameable: (userId: string) => SQL | undefined;
}

export interface Placement {
  id: string;
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
}

const capitalized = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/** Runs `work` in a transaction holding the user's lock on `order` (released at commit). */
export function withOrderLock<T>(
  db: Database,
  order: ManualOrder,
  userId: string,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${order.noun}-position:${userId}`}, 0))`);
    return work(tx);
  });
}

async function edgeKey(db: Database, order: ManualOrder, where: SQL | undefined, side: "first" | "last") {
  const [row] = await db
    .select({ position: order.position })
    .from(order.table)
    .where(where)
    .orderBy(side === "first" ? asc(order.position) : desc(order.position))
    .limit(1);
  return row?.position ?? null;
}

/** The key after every other row of the user's. Call it under {@link withOrderLock}. */
export async function keyAtEnd(db: Database, order: ManualOrder, userId: string): Promise<string> {
  return generateKeyBetween(await edgeKey(db, order, eq(order.userId, userId), "last"), null);
}

/**
 * The key that puts row `id` right after `afterId`, or right before `beforeId`, or between both. The
 * missing side is the next row in the user's full order (every row of theirs), so the new key is always
 * strictly between two adjacent keys. With no neighbour named, `afterId: null` means first and
 * `beforeId: null` last; naming neither is refused. Call it under {@link withOrderLock}.
 */
export async function keyBetweenNeighbours(
  db: Database,
  order: ManualOrder,
  userId: string,
  placement: Placement,
): Promise<string> {
  const { id, afterId, beforeId } = placement;
  const ids = [id, afterId, beforeId].filter((value): value is string => Boolean(value));
  const found = await db
    .select({ id: order.id, position: order.position })
    .from(order.table)
    .where(and(order.nameable(userId), inArray(order.id, ids)));
  const positionOf = new Map(found.map((row) => [row.id, row.position]));
  for (const wanted of ids) {
    if (!positionOf.has(wanted)) throw notFound(capitalized(order.noun));
  }

  const others = and(eq(order.userId, userId), ne(order.id, id));
  let after = afterId ? (positionOf.get(afterId) ?? null) : null;
  let before = beforeId ? (positionOf.get(beforeId) ?? null) : null;
  if (after !== null && before === null) {
    before = await edgeKey(db, order, and(others, gt(order.position, after)), "first");
  } else if (before !== null && after === null) {
    after = await edgeKey(db, order, and(others, lt(order.position, before)), "last");
  } else if (after === null && before === null) {
    if (afterId === null) before = await edgeKey(db, order, others, "first");
    else if (beforeId === null) after = await edgeKey(db, order, others, "last");
    else throw invalid(`Say which ${order.noun} it goes after or before.`);
  }

  if (after !== null && before !== null && after >= before) {
    throw invalid(`The ${order.noun} after which it goes must come first.`);
  }
  return generateKeyBetween(after, before);
}
