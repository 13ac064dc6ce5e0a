import "server-only";
import { and, eq, type Placeholder, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { savedFilter } from "@/server/db/schema";
import { jsonRows, readValue } from "@/server/db/value-reads";
import { notFound } from "@/server/domain-errors";

const columns = {
  id: savedFilter.id,
  name: savedFilter.name,
  query: savedFilter.query,
  color: savedFilter.color,
  position: savedFilter.position,
  updatedAt: savedFilter.updatedAt,
};

/** The user's saved filters in their sidebar order, as one value (`filter.list` alone, the sidebar's read with the others). */
export function filtersRead(userId: string | Placeholder) {
  return jsonRows(
    columns,
    sql`from ${savedFilter} where ${qualified(savedFilter.userId)} = ${userId}
      order by ${qualified(savedFilter.position)}, ${qualified(savedFilter.id)}`,
  );
}

export function listFilters(db: Database, userId: string) {
  return readValue(db, filtersRead(userId));
}

export type SavedFilter = Awaited<ReturnType<typeof listFilters>>[number];

/** One of the user's saved filters; another's (or none) is NOT_FOUND. */
export async function filterById(db: Database, userId: string, id: string): Promise<SavedFilter> {
  const [found] = await db
    .select(columns)
    .from(savedFilter)
    .where(and(eq(savedFilter.userId, userId), eq(savedFilter.id, id)));
  if (!found) throw notFound("Filter");
  return found;
}
