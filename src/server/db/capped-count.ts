import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { OPEN_COUNT_CAP } from "@/lib/limits";

/**
 * How many rows `rows` (a `select 1 from … where …`) returns, counted up to {@link OPEN_COUNT_CAP} and no
 * further: the scan stops at the cap, so the count costs the same at 100 000 matching rows as at 100.
 * `indexOrder` is the order of the index that finds them (after the columns `rows` fixes). The counts are
 * correlated (a project's, a label's), so the planner takes a list to be of average size, and, expecting
 * to meet the cap soon, read the whole table; a list under the cap then read every user's tasks (15–19 ms
 * for a user with ten tasks beside one with 100 000). Ordered so, the index is read in order and stops.
 */
export function cappedCount(rows: SQL, indexOrder: SQL): SQL<number> {
  return sql<number>`(select count(*)::int from (${rows} order by ${indexOrder} limit ${sql.raw(String(OPEN_COUNT_CAP))}) as capped)`;
}
