import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { savedFilter } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

const columns = {
  id: savedFilter.id,
  name: savedFilter.name,
  query: savedFilter.query,
  color: savedFilter.color,
  position: savedFilter.position,
  updatedAt: savedFilter.updatedAt,
};

/** The user's saved filters in their sidebar order, in one statement (layout and `filter.list`). */
export function listFilters(db: Database, userId: string) {
  return db
    .select(columns)
    .from(savedFilter)
    .where(eq(savedFilter.userId, userId))
    .orderBy(asc(savedFilter.position), asc(savedFilter.id));
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
