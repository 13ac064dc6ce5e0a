import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { TaskSort } from "@/lib/schemas/task";
import { task } from "@/server/db/schema";

interface SortKey {
  /** The expression rows are ordered by (the same one its index is built on). */
  expression: SQL;
  /** How a cursor value (from json_build_array) is cast back for comparison. */
  cast: string;
}

interface SortOrder {
  direction: "asc" | "desc";
  keys: SortKey[];
}

const key = (expression: SQL, cast: string): SortKey => ({ expression, cast });
const id = key(sql`${task.id}`, "uuid");

/**
 * Each list order as a tuple of keys ending in the id, all in one direction,
 * so that keyset pagination is one row comparison: `(k1, k2, id) > (v1, v2, v3)`.
 * Each tuple matches an index in schema/tasks.ts.
 */
export const SORT_ORDERS: Record<TaskSort, SortOrder> = {
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
  priority: {
    direction: "asc",
    keys: [key(sql`${task.priority}`, "smallint"), key(sql`${task.position}`, "text"), id],
  },
  title: { direction: "asc", keys: [key(sql`lower(${task.title})`, "text"), id] },
};

/** ORDER BY for a sort. */
export function orderBy(sort: TaskSort): SQL[] {
  const { direction, keys } = SORT_ORDERS[sort];
  return keys.map(({ expression }) => (direction === "asc" ? sql`${expression} asc` : sql`${expression} desc`));
}

/** The sort key of each row as a JSON array, computed by the database so values round-trip exactly. */
export function sortKeyOf(sort: TaskSort): SQL<unknown[]> {
  const expressions = SORT_ORDERS[sort].keys.map(({ expression }) => expression);
  return sql<unknown[]>`json_build_array(${sql.join(expressions, sql`, `)})`;
}

/** Rows strictly after the cursor's row in this sort. */
export function afterCursor(sort: TaskSort, values: readonly (string | number)[]): SQL {
  const { direction, keys } = SORT_ORDERS[sort];
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
