import { generateNKeysBetween } from "fractional-indexing";
import { addDays } from "@/lib/dates";
import type { Database } from "@/server/db/client";
import { task, taskLabel } from "@/server/db/schema";

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

/**
 * Inserts `count` open tasks shaped like a planner's (for the calendar's figures): a third without a date,
 * the rest spread over the year around `today` (one in four at a time of day), one in fifty repeating weekly.
 */
export async function seedPlannedTasks(db: Database, userId: string, count: number, today: string) {
  const positions = generateNKeysBetween(null, null, count);
  for (let start = 0; start < count; start += BATCH) {
    const rows = positions.slice(start, start + BATCH).map((position, offset) => {
      const index = start + offset;
      const dated = index % 3 !== 0;
      const dueDate = dated ? addDays(today, (index % 365) - 182) : null;
      return {
        userId,
        position,
        title: `Planned ${index + 1}`,
        priority: (index % 4) + 1,
        dueDate,
        dueTime: dated && index % 4 === 1 ? `${String(8 + (index % 10)).padStart(2, "0")}:30` : null,
        ...(dated && index % 50 === 2 ? { recurrenceRule: "FREQ=WEEKLY", recurrenceFrom: "due" as const } : {}),
      };
    });
    await db.insert(task).values(rows);
    process.stdout.write(`\r[bench] seeding planner user: ${Math.min(start + BATCH, count)}/${count} tasks`);
  }
  process.stdout.write("\n");
}

/** What a workload's tasks point at: one project, one label (created through the API, as a user would). */
export interface WorkloadRefs {
  projectId: string;
  labelId: string;
}

/**
 * Inserts `count` tasks shaped like a long-time user's (target 5's users), the same mix at any count: of every
 * ten, five open in the Inbox without a date (one of them with the label), one open in the project, one open
 * and due within half a year either way of `today` (so some overdue; one in a hundred tasks repeats weekly),
 * and three completed, one a minute back each (one of them had a due date). Prints progress.
 */
export async function seedWorkload(
  db: Database,
  userId: string,
  count: number,
  label: string,
  refs: WorkloadRefs,
  today: string,
) {
  const positions = generateNKeysBetween(null, null, count);
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const rows = positions.slice(start, start + BATCH).map((position, offset) => {
      const index = start + offset;
      const kind = index % 10;
      const dueDate = kind === 5 || kind === 7 ? addDays(today, (index % 365) - 182) : null;
      return {
        userId,
        position,
        title: `Task ${index + 1}`,
        priority: (index % 4) + 1,
        projectId: kind === 4 ? refs.projectId : null,
        dueDate,
        ...(kind === 5 && index % 100 === 5 ? { recurrenceRule: "FREQ=WEEKLY", recurrenceFrom: "due" as const } : {}),
        completedAt: kind >= 7 ? new Date(now - index * 60_000) : null,
      };
    });
    const inserted = await db.insert(task).values(rows).returning({ id: task.id });
    const labelled = inserted.filter((_, offset) => (start + offset) % 10 === 3);
    if (labelled.length > 0) {
      await db.insert(taskLabel).values(labelled.map(({ id }) => ({ taskId: id, labelId: refs.labelId, userId })));
    }
    process.stdout.write(`\r[bench] seeding ${label}: ${Math.min(start + BATCH, count)}/${count} tasks`);
  }
  process.stdout.write("\n");
}
