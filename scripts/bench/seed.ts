import { generateNKeysBetween } from "fractional-indexing";
import type { Database } from "@/server/db/client";
import { task } from "@/server/db/schema";

const BATCH = 5_000;

/** Inserts `count` open tasks for a user in manual order, printing progress. */
export async function seedTasks(db: Database, userId: string, count: number, label: string) {
  const positions = generateNKeysBetween(null, null, count);
  for (let start = 0; start < count; start += BATCH) {
    const rows = positions.slice(start, start + BATCH).map((position, offset) => ({
      userId,
      position,
      title: `Task ${start + offset + 1}`,
      priority: ((start + offset) % 4) + 1,
    }));
    await db.insert(task).values(rows);
    process.stdout.write(`\r[bench] seeding ${label}: ${Math.min(start + BATCH, count)}/${count} tasks`);
  }
  process.stdout.write("\n");
}
