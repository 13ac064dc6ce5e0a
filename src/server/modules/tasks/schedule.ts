import "server-only";
import { inArray } from "drizzle-orm";
import type { BulkChange } from "@/lib/schemas/task";
import type { Database } from "@/server/db";
import { type TaskRow, task } from "@/server/db/schema";
import { rearmRemindersOfTasks } from "@/server/modules/reminders/rearm";
import { canonicalRule } from "./recurring";
import { bumpUpdatedAt } from "./versions";

type Schedule = Extract<BulkChange, { action: "schedule" }>;
type Scheduled = Pick<TaskRow, "id" | "dueDate" | "dueTime" | "recurrenceRule" | "recurrenceFrom">;

/**
 * Gives tasks one due date (the scheduler's bulk action), with the rules of `task.update`: no date clears
 * the time and the repeat, a new repeat rule counts anew. An absent time or repeat is each task's own.
 * Returns the ids it changed (what an undo has to reverse); their reminders are re-armed.
 */
export async function scheduleTasks(tx: Database, rows: readonly Scheduled[], change: Schedule): Promise<string[]> {
  const values = scheduledValues(change);
  const changed = rows.filter((row) => differs(row, values));
  if (changed.length === 0) return [];
  const ids = changed.map((row) => row.id);
  const newRule = change.recurrence !== undefined || change.dueDate === null;
  await tx
    .update(task)
    .set({ ...values, ...(newRule ? { occurrencesCompleted: 0 } : {}), updatedAt: bumpUpdatedAt })
    .where(inArray(task.id, ids));
  await rearmRemindersOfTasks(tx, ids);
  return ids;
}

function scheduledValues(change: Schedule): Partial<Scheduled> {
  if (change.dueDate === null) return { dueDate: null, dueTime: null, recurrenceRule: null, recurrenceFrom: null };
  return {
    dueDate: change.dueDate,
    ...(change.dueTime !== undefined ? { dueTime: change.dueTime } : {}),
    ...(change.recurrence !== undefined
      ? {
          recurrenceRule: change.recurrence ? canonicalRule(change.recurrence.rrule) : null,
          recurrenceFrom: change.recurrence?.from ?? null,
        }
      : {}),
  };
}

/** The column reads "HH:mm:ss"; the input is "HH:mm". */
const differs = (row: Scheduled, values: Partial<Scheduled>) =>
  (Object.keys(values) as (keyof Scheduled)[]).some((key) =>
    key === "dueTime" ? row.dueTime?.slice(0, 5) !== values.dueTime?.slice(0, 5) : row[key] !== values[key],
  );
