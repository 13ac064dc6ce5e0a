import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { COUNT_CAP } from "@/lib/limits";

/**
 * How many rows `rows` (a `select 1 from … where …`) returns, counted up to {@link COUNT_CAP} and no
 * further: the scan stops at the cap, so the count costs the same at 100 000 matching rows as at 100.
 * `indexOrder` is the order of the index that finds them (after the columns `rows` fixes), for a count
 * correlated with an outer row (a project's, a label's): the planner takes such a list to be of average
 * size and, expecting to meet the cap soon, read the whole table; a list under the cap then read every
 * user's tasks (15–19 ms for a user with ten tasks beside one with 100 000). Ordered so, the index is read
 * in order and stops. A count of the caller's own rows through a partial index that holds just them (the
 * unread notifications) needs no order.
 */
export function cappedCount(rows: SQL, indexOrder?: SQL): SQL<number> {
  const order = indexOrder ? sql` order by ${indexOrder}` : sql``;
  return sql<number>`(select count(*)::int from (${rows}${order} limit ${sql.raw(String(COUNT_CAP))}) as capped)`;
}
