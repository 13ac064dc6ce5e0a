import "server-only";
import { sql } from "drizzle-orm";

/**
 * ORDER BY's words for each direction, as the indexes are built. Drizzle builds an index column's `.desc()` as
 * DESC NULLS LAST, and PostgreSQL's bare DESC means NULLS FIRST: an order that differs from its index only there
 * is not read from the index in order, so every row of the range is read and sorted (a newest-first page at
 * 100 000 tasks: 40 ms, against 0.2 ms read in order). Keys ordered descending here are never null, so the
 * rows' order is the same.
 */
export const ORDER_WORDS = { asc: sql.raw("asc"), desc: sql.raw("desc nulls last") } as const;
