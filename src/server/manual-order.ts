import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";
import type { Database } from "@/server/db";
import { invalid, notFound } from "@/server/domain-errors";

/**
 * A manual order (a list's tasks, a member's projects in the sidebar): fractional-index keys in a text
 * column. Keys are computed and written under a lock on the list, so two requests at once cannot pick
 * the same key.
 */
export interface ManualOrder {
  /** The thing in messages ("task": "The task after which it goes must come first."). */
  noun: "task" | "project" | "section" | "filter";
  table: PgTable;
  id: AnyPgColumn;
  position: AnyPgColumn<{ data: string; notNull: true }>;
}

/** One list of a manual order: the rows that share its keys. */
export interface OrderScope {
  /** Names the list's lock (one project's tasks, one user's Inbox, one member's sidebar). */
  lock: string;
  /** Every row whose key a new key must not reuse (trashed rows too: restore keeps the key). */
  rows: SQL | undefined;
  /** The rows a placement may name (a neighbour outside them is NOT_FOUND). */
  nameable: SQL | undefined;
  /**
   * Other rows whose keys a new key must also fit among (one index range each): a new last key goes
   * after them too, and a key between neighbours stays strictly between two adjacent keys of them.
   * Tasks use it for the acting user's own tasks in every list, so their keys stay distinct across their
   * lists, a task moved between them keeps its place, and a neighbour may be named from another list.
   */
  alsoAmong?: SQL[];
}

export interface Placement {
  id: string;
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
}

const capitalized = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/** Takes the list's lock for the rest of the transaction `tx` (released at commit). */
export async function lockOrder(tx: Database, scope: OrderScope): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${scope.lock}, 0))`);
}

/** Runs `work` in a transaction holding the list's lock. */
export function withOrderLock<T>(db: Database, scope: OrderScope, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockOrder(tx, scope);
    return work(tx);
  });
}

const ranges = (scope: OrderScope) => [scope.rows, ...(scope.alsoAmong ?? [])];

/** The first (lowest) or last (highest) key over several ranges of rows, each read through its own index. */
async function nearestKey(db: Database, order: ManualOrder, where: (SQL | undefined)[], side: "first" | "last") {
  const keys = (await Promise.all(where.map((range) => edgeKey(db, order, range, side)))).filter(
    (key): key is string => key !== null,
  );
  if (keys.length === 0) return null;
  return keys.reduce((best, key) => ((side === "first" ? key < best : key > best) ? key : best));
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

/** The key after every other row of the list. Call it under the list's lock. */
export async function keyAtEnd(db: Database, order: ManualOrder, scope: OrderScope): Promise<string> {
  return generateKeyBetween(await nearestKey(db, order, ranges(scope), "last"), null);
}

/** `count` keys in order after every other row of the list (an import's rows). Call it under the list's lock. */
export async function keysAtEnd(db: Database, order: ManualOrder, scope: OrderScope, count: number): Promise<string[]> {
  return generateNKeysBetween(await nearestKey(db, order, ranges(scope), "last"), null, count);
}

/** Whether `position` is free in the list (a row moving in may keep its key). Call it under the list's lock. */
export async function keyIsFree(db: Database, order: ManualOrder, scope: OrderScope, position: string) {
  return (await edgeKey(db, order, and(scope.rows, eq(order.position, position)), "first")) === null;
}

/**
 * The key that puts row `id` right after `afterId`, or right before `beforeId`, or between both. The
 * missing side is the next row in the list's full order (every row of it, and of `alsoAmong`), so the
 * new key is always strictly between two adjacent keys. With no neighbour named, `afterId: null` means first and
 * `beforeId: null` last; naming neither is refused. Call it under the list's lock.
 */
export async function keyBetweenNeighbours(
  db: Database,
  order: ManualOrder,
  scope: OrderScope,
  placement: Placement,
): Promise<string> {
  const { id, afterId, beforeId } = placement;
  const ids = [id, afterId, beforeId].filter((value): value is string => Boolean(value));
  const found = await db
    .select({ id: order.id, position: order.position })
    .from(order.table)
    .where(and(scope.nameable, inArray(order.id, ids)));
  const positionOf = new Map(found.map((row) => [row.id, row.position]));
  for (const wanted of ids) {
    if (!positionOf.has(wanted)) throw notFound(capitalized(order.noun));
  }

  const others = (where?: SQL) => ranges(scope).map((range) => and(range, ne(order.id, id), where));
  let after = afterId ? (positionOf.get(afterId) ?? null) : null;
  let before = beforeId ? (positionOf.get(beforeId) ?? null) : null;
  if (after !== null && before === null) {
    before = await nearestKey(db, order, others(gt(order.position, after)), "first");
  } else if (before !== null && after === null) {
    after = await nearestKey(db, order, others(lt(order.position, before)), "last");
  } else if (after === null && before === null) {
    if (afterId === null) before = await nearestKey(db, order, others(), "first");
    else if (beforeId === null) after = await nearestKey(db, order, others(), "last");
    else throw invalid(`Say which ${order.noun} it goes after or before.`);
  }

  if (after !== null && before !== null && after >= before) {
    throw invalid(`The ${order.noun} after which it goes must come first.`);
  }
  return generateKeyBetween(after, before);
}
