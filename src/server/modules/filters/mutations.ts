import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { createFilterInput, reorderFilterInput, updateFilterInput } from "@/lib/schemas/filter";
import type { Database } from "@/server/db";
import { savedFilter } from "@/server/db/schema";
import { conflict, notFound } from "@/server/domain-errors";
import {
  keyAtEnd,
  keyBetweenNeighbours,
  type ManualOrder,
  type OrderScope,
  withOrderLock,
} from "@/server/manual-order";
import { assertWithinQuota } from "@/server/quotas";
import { uniqueViolationConstraint } from "@/server/trpc/errors";
import { requireParsedFilter } from "./parse-query";
import { filterById } from "./queries";

const filterOrder: ManualOrder = {
  noun: "filter",
  table: savedFilter,
  id: savedFilter.id,
  position: savedFilter.position,
};

/** One user's filters in their sidebar. */
const filtersOf = (userId: string): OrderScope => ({
  lock: `filter-position:${userId}`,
  rows: eq(savedFilter.userId, userId),
  nameable: eq(savedFilter.userId, userId),
});

const owned = (userId: string, id: string) => and(eq(savedFilter.userId, userId), eq(savedFilter.id, id));

/** Names are unique per user ignoring case; say so in words rather than a generic conflict. */
async function withNameCheck<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (name !== undefined && uniqueViolationConstraint(error) === "saved_filter_user_name_unique") {
      throw conflict(`You already have a filter called "${name}".`, { cause: error });
    }
    throw error;
  }
}

/** A new saved filter, last in the user's sidebar; a query that does not parse is refused with its error. */
export async function createFilter(db: Database, userId: string, input: z.output<typeof createFilterInput>) {
  requireParsedFilter(input.query);
  const id = await withNameCheck(input.name, () =>
    withOrderLock(db, filtersOf(userId), async (tx) => {
      await assertWithinQuota(tx, userId, "filters");
      const [created] = await tx
        .insert(savedFilter)
        .values({ ...input, userId, position: await keyAtEnd(tx, filterOrder, filtersOf(userId)) })
        .returning({ id: savedFilter.id });
      // `returning` gives the inserted row (a failed insert throws); this narrows the type.
      if (!created) throw new Error("The insert returned no row.");
      return created.id;
    }),
  );
  return filterById(db, userId, id);
}

export async function updateFilter(db: Database, userId: string, input: z.output<typeof updateFilterInput>) {
  const { id, ...changes } = input;
  if (changes.query !== undefined) requireParsedFilter(changes.query);
  const [updated] = await withNameCheck(input.name, () =>
    db.update(savedFilter).set(changes).where(owned(userId, id)).returning({ id: savedFilter.id }),
  );
  if (!updated) throw notFound("Filter");
  return filterById(db, userId, id);
}

/** Puts the filter after `afterId` and/or before `beforeId` in the sidebar; naming neither puts it last. */
export async function reorderFilter(db: Database, userId: string, input: z.output<typeof reorderFilterInput>) {
  const placement = input.afterId === undefined && !input.beforeId ? { ...input, beforeId: null } : input;
  await withOrderLock(db, filtersOf(userId), async (tx) => {
    const [moved] = await tx
      .update(savedFilter)
      .set({ position: await keyBetweenNeighbours(tx, filterOrder, filtersOf(userId), placement) })
      .where(owned(userId, input.id))
      .returning({ id: savedFilter.id });
    if (!moved) throw notFound("Filter");
  });
  return filterById(db, userId, input.id);
}

export async function deleteFilter(db: Database, userId: string, id: string) {
  const [deleted] = await db.delete(savedFilter).where(owned(userId, id)).returning({ id: savedFilter.id });
  if (!deleted) throw notFound("Filter");
  return deleted;
}
