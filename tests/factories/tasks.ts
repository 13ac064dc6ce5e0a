import { generateNKeysBetween } from "fractional-indexing";
import type { Database } from "@/server/db/client";
import { task } from "@/server/db/schema";

type NewTask = Omit<typeof task.$inferInsert, "userId" | "position">;

/**
 * Inserts `count` tasks for a user in manual order, directly (fast, for list
 * and pagination tests); `each(i)` overrides fields of the i-th task.
 */
export async function insertTasks(
  db: Database,
  userId: string,
  count: number,
  each: (index: number) => Partial<NewTask> = () => ({}),
) {
  const positions = generateNKeysBetween(null, null, count);
  const values = positions.map((position, index) => ({
    userId,
    position,
    title: `Task ${String(index + 1).padStart(4, "0")}`,
    ...each(index),
  }));
  const rows = [];
  for (let start = 0; start < values.length; start += 500) {
    rows.push(
      ...(await db
        .insert(task)
        .values(values.slice(start, start + 500))
        .returning()),
    );
  }
  return rows;
}
