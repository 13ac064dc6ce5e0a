import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { nextKeptOccurrence } from "@/lib/calendar/occurrences";
import { formatRecurrenceRule, parseRecurrenceRule } from "@/lib/recurrence";
import type { Database } from "@/server/db";
import { type TaskRow, task, taskActivity } from "@/server/db/schema";
import { moveRemindersWithDueDate } from "@/server/modules/reminders/rearm";
import { bumpUpdatedAt } from "./versions";

/** A validated rule in its standard spelling (upper case, fixed part order), as stored. */
export function canonicalRule(rrule: string): string {
  const parsed = parseRecurrenceRule(rrule);
  if (!parsed.ok) throw new Error(parsed.error); // the input schema has already refused it
  return formatRecurrenceRule(parsed.rule);
}

type CompletableTask = Pick<
  TaskRow,
  | "id"
  | "userId"
  | "dueDate"
  | "dueTime"
  | "recurrenceRule"
  | "recurrenceFrom"
  | "occurrencesCompleted"
  | "recurrenceExceptions"
  | "completedAt"
>;

/**
 * Completes a task. A repeating task stays ONE open row whose due date moves to the next
 * occurrence (time kept); its last occurrence (COUNT/UNTIL) completes it for good. The
 * activity trigger logs either as "completed" with the due date's old → new value.
 */
export async function completeTask(tx: Database, current: CompletableTask, timeZone: string) {
  if (current.completedAt) return;
  const nextDate =
    current.recurrenceRule && current.recurrenceFrom && current.dueDate
      ? nextKeptOccurrence(
          {
            rrule: current.recurrenceRule,
            from: current.recurrenceFrom,
            dueDate: current.dueDate,
            dueTime: current.dueTime?.slice(0, 5) ?? null,
            occurrencesCompleted: current.occurrencesCompleted,
            exceptions: current.recurrenceExceptions,
          },
          new Date(),
          timeZone,
        )
      : null;
  const next = nextDate ? { dueDate: nextDate, dueTime: current.dueTime?.slice(0, 5) ?? null } : null;
  const counted = current.recurrenceRule ? { occurrencesCompleted: current.occurrencesCompleted + 1 } : {};
  await tx
    .update(task)
    .set(
      next
        ? { dueDate: next.dueDate, dueTime: next.dueTime, ...counted, updatedAt: bumpUpdatedAt }
        : { completedAt: sql`now()`, ...counted, updatedAt: bumpUpdatedAt },
    )
    .where(eq(task.id, current.id));
  if (next && current.dueDate) {
    await moveRemindersWithDueDate(tx, current.id, { dueDate: current.dueDate, dueTime: current.dueTime });
  }
}

/** Completes a task; a one-off task's open subtasks are completed with it (a repeating one's stay). */
export async function completeTaskAndSubtasks(tx: Database, current: Omit<TaskRow, "search">, timeZone: string) {
  await completeTask(tx, current, timeZone);
  if (current.recurrenceRule) return;
  const openSubtasks = await tx
    .select()
    .from(task)
    .where(
      // Whoever created them: in a shared project subtasks come from every member.
      and(eq(task.parentId, current.id), isNull(task.deletedAt), isNull(task.completedAt)),
    )
    .for("update");
  for (const subtask of openSubtasks) await completeTask(tx, subtask, timeZone);
}

/**
 * Undoes the last completion: reopens a completed task, or moves a repeating task's due date back
 * to the occurrence it had before its last completion (read from the activity log). Anything else
 * is left as it is.
 */
export async function uncompleteTask(tx: Database, current: CompletableTask) {
  const uncounted = current.recurrenceRule
    ? { occurrencesCompleted: Math.max(0, current.occurrencesCompleted - 1) }
    : {};
  if (current.completedAt) {
    await tx
      .update(task)
      .set({ completedAt: null, ...uncounted, updatedAt: bumpUpdatedAt })
      .where(eq(task.id, current.id));
    // The subtasks completed with it (same transaction time) reopen with it.
    await tx
      .update(task)
      .set({ completedAt: null, updatedAt: bumpUpdatedAt })
      .where(and(eq(task.parentId, current.id), eq(task.completedAt, current.completedAt)));
    return;
  }
  if (!current.recurrenceRule || current.occurrencesCompleted === 0) return;

  const completion = await lastUndoneCompletion(tx, current.id);
  const previousDate = completion?.dueDate?.from;
  if (typeof previousDate !== "string") return;
  const previousTime = completion?.dueTime ? completion.dueTime.from : current.dueTime;
  await tx
    .update(task)
    .set({
      dueDate: previousDate,
      dueTime: typeof previousTime === "string" ? previousTime : null,
      ...uncounted,
      updatedAt: bumpUpdatedAt,
    })
    .where(eq(task.id, current.id));
  if (current.dueDate) {
    await moveRemindersWithDueDate(tx, current.id, { dueDate: current.dueDate, dueTime: current.dueTime });
  }
}

/**
 * The changes of the latest completion that no later "uncompleted" cancelled: completing twice and
 * undoing twice walks back through both dates.
 */
async function lastUndoneCompletion(tx: Database, taskId: string) {
  const events = await tx
    .select({ kind: taskActivity.kind, changes: taskActivity.changes })
    .from(taskActivity)
    .where(and(eq(taskActivity.taskId, taskId), sql`${taskActivity.kind} in ('completed', 'uncompleted')`))
    .orderBy(desc(taskActivity.id))
    .limit(200);
  let undone = 0;
  for (const event of events) {
    if (event.kind === "uncompleted") undone += 1;
    else if (undone === 0) return event.changes;
    else undone -= 1;
  }
  return null;
}
