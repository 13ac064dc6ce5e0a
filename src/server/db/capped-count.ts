import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { OPEN_COUNT_CAP } from "@/lib/limits";

/**
 * How many rows `rows` (a `select 1 from … where …`) returns, counted up to {@link OPEN_COUNT_CAP} and no
 * further: the scan stops at the cap, so the count costs the same at 100 000 matching rows as at 100.
 */
export function cappedCount(rows: SQL): SQL<number> {
  return sql<number>`(select count(*)::int from (${rows} limit ${sql.raw(String(OPEN_COUNT_CAP))}) as capped)`;
}
