import { generateNKeysBetween } from "fractional-indexing";
import { addDays } from "@/lib/dates";
import type { Database } from "@/server/db/client";
import { task, taskLabel } from "@/server/db/schema";

const BATCH = 5_000;

/**
 * A seeding step's progress: one line rewritten in a terminal, a line per batch in a log (where `\r` runs
 * every step into one line).
 */
function progress(label: string, done: number, count: number) {
  const line = `[bench] seeding ${label}: ${Math.min(done, count)}/${count} tasks`;
  if (!process.stdout.isTTY) console.log(line);
  else process.stdout.write(`\r${line}${done >= count ? "\n" : ""}`);
}

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
    progress(label, start + BATCH, count);
  }
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
    progress("planner user", start + BATCH, count);
  }
}

/** What a workload's tasks point at: one project, one label (created through the API, as a user would). */
export interface WorkloadRefs {
  projectId: string;
  labelId: string;
}

/** What is on a user's plate now, the same at any count: tasks due in the coming six weeks, some repeating. */
const CURRENT = 40;

/**
 * Inserts `count` tasks shaped like a long-time user's (target 5's users). The first {@link CURRENT} are due
 * over the coming six weeks (one in eight repeating weekly), the same for a user with 100 tasks as with
 * 100 000: what grows with use is the rest, in the same mix at any count: of every ten, five open in the
 * Inbox without a date (one of them with the label), one open in the project, one overdue (up to three years
 * back), and three completed, one a minute back each (one of them had a due date). Prints progress.
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
      const base = { userId, position, title: `Task ${index + 1}`, priority: (index % 4) + 1 };
      if (index < CURRENT) {
        const dueDate = addDays(today, index % 42);
        const repeats = index % 8 === 0 ? { recurrenceRule: "FREQ=WEEKLY", recurrenceFrom: "due" as const } : {};
        return { ...base, dueDate, ...repeats };
      }
      const kind = index % 10;
      return {
        ...base,
        projectId: kind === 4 ? refs.projectId : null,
        dueDate: kind === 5 || kind === 7 ? addDays(today, -1 - (index % 1095)) : null,
        completedAt: kind >= 7 ? new Date(now - index * 60_000) : null,
      };
    });
    const inserted = await db.insert(task).values(rows).returning({ id: task.id });
    const labelled = inserted.filter((_, offset) => (start + offset) % 10 === 3);
    if (labelled.length > 0) {
      await db.insert(taskLabel).values(labelled.map(({ id }) => ({ taskId: id, labelId: refs.labelId, userId })));
    }
    progress(label, start + BATCH, count);
  }
}
