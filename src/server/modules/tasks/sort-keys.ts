import "server-only";
import { type Placeholder, type SQL, sql } from "drizzle-orm";
import type { TaskSort } from "@/lib/schemas/task";
import { ORDER_WORDS } from "@/server/db/order-words";
import { task } from "@/server/db/schema";

interface SortKey {
  /** The expression rows are ordered by (the same one its index is built on). */
  expression: SQL;
  /** How a cursor value (from json_build_array) is cast back for comparison. */
  cast: string;
}

export interface SortOrder {
  direction: "asc" | "desc";
  keys: SortKey[];
}

const key = (expression: SQL, cast: string): SortKey => ({ expression, cast });
const id = key(sql`${task.id}`, "uuid");

/**
 * Each list order as a tuple of keys ending in the id, all in one direction,
 * so that keyset pagination is one row comparison: `(k1, k2, id) > (v1, v2, v3)`.
 * Each tuple matches an index in schema/tasks.ts. `relevance` is built per search (see sortOrder).
 */
const SORT_ORDERS: Record<Exclude<TaskSort, "relevance">, SortOrder> = {
  manual: { direction: "asc", keys: [key(sql`${task.position}`, "text"), id] },
  created: { direction: "desc", keys: [key(sql`${task.createdAt}`, "timestamptz"), id] },
  due: {
    direction: "asc",
    keys: [
      key(sql`coalesce(${task.dueDate}, 'infinity'::date)`, "date"),
      key(sql`coalesce(${task.dueTime}, '24:00'::time)`, "time"),
      key(sql`${task.position}`, "text"),
      id,
    ],
  },
  deadline: {
    direction: "asc",
    keys: [key(sql`coalesce(${task.deadline}, 'infinity'::date)`, "date"), key(sql`${task.position}`, "text"), id],
  },
  priority: {
    direction: "asc",
    keys: [key(sql`${task.priority}`, "smallint"), key(sql`${task.position}`, "text"), id],
  },
  title: { direction: "asc", keys: [key(sql`lower(${task.title})`, "text"), id] },
  // Only over completed tasks (the router refuses this sort for other statuses), so no nulls.
  completed: { direction: "desc", keys: [key(sql`${task.completedAt}`, "timestamptz"), id] },
};

/** A sort's keys; `relevance` ranks by the search's `rank` (a rounded numeric, so cursors round-trip). */
export function sortOrder(sort: TaskSort, rank?: SQL): SortOrder {
  if (sort !== "relevance") return SORT_ORDERS[sort];
  if (!rank) throw new Error("The relevance sort needs a search.");
  return { direction: "desc", keys: [key(rank, "numeric"), id] };
}

/** ORDER BY for a sort. */
export function orderBy({ direction, keys }: SortOrder): SQL[] {
  return keys.map(({ expression }) => sql`${expression} ${ORDER_WORDS[direction]}`);
}

/** The sort key of each row as a JSON array, computed by the database so values round-trip exactly. */
export function sortKeyOf({ keys }: SortOrder): SQL<unknown[]> {
  const expressions = keys.map(({ expression }) => expression);
  return sql<unknown[]>`json_build_array(${sql.join(expressions, sql`, `)})`;
}

/** Rows strictly after the cursor's row in this sort (its key's values, or placeholders for them). */
export function afterCursor({ direction, keys }: SortOrder, values: readonly (string | number | Placeholder)[]): SQL {
  const columns = sql.join(
    keys.map(({ expression }) => expression),
    sql`, `,
  );
  const bound = sql.join(
    keys.map(({ cast }, index) => sql`cast(${values[index]} as ${sql.raw(cast)})`),
    sql`, `,
  );
  return direction === "asc" ? sql`(${columns}) > (${bound})` : sql`(${columns}) < (${bound})`;
}

/**
 * The sort keys as named output columns (`k0`, `k1`, …), which ORDER BY over a UNION can name. The alias is
 * written into the SQL rather than given by Drizzle's `.as()`: Drizzle maps an aliased field with three
 * failed class checks per row, a plain one with one (issue #20).
 */
export function sortColumns({ keys }: SortOrder): Record<string, SQL<unknown>> {
  return Object.fromEntries(
    keys.map(({ expression }, index) => [`k${index}`, sql`${expression} as ${sql.identifier(`k${index}`)}`]),
  );
}

/** ORDER BY over a UNION of branches that select {@link sortColumns}. */
export function outerOrderBy({ direction, keys }: SortOrder): SQL[] {
  return keys.map((_, index) => sql`${sql.identifier(`k${index}`)} ${ORDER_WORDS[direction]}`);
}
