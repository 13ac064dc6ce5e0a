import "server-only";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import { nextKeptOccurrence, occurrencesIn, type RepeatingTask } from "@/lib/calendar/occurrences";
import { compareDates } from "@/lib/dates";
import { TASK_CONFLICT_MESSAGE } from "@/lib/limits";
import type { moveOccurrenceInput, restoreOccurrenceInput } from "@/lib/schemas/calendar";
import { requireTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { type TaskRow, task, taskLabel } from "@/server/db/schema";
import { conflict, invalid } from "@/server/domain-errors";
import { moveRemindersWithDueDate } from "@/server/modules/reminders/rearm";
import { trash } from "./bulk";
import { createTask } from "./create";
import { taskById } from "./queries";
import { bumpUpdatedAt } from "./versions";

// "This one" of a repeating task, moved on the calendar: the occurrence leaves the series and lives on
// as a one-off task of its own on the new day (a copy of the series' title, notes, priority, project,
// labels and assignee); the series keeps its rule and every other date. The current occurrence (the
// row's due date) leaves by the series stepping on to its next date; a later one by an exception date
// the series skips (`recurrence_exceptions`). Undo (`restoreOccurrence`) puts it back and trashes the copy.

type User = { id: string; timeZone: string };

function seriesOf(row: Omit<TaskRow, "search">): RepeatingTask | null {
  if (!row.recurrenceRule || !row.recurrenceFrom || !row.dueDate || row.completedAt) return null;
  return {
    rrule: row.recurrenceRule,
    from: row.recurrenceFrom,
    dueDate: row.dueDate,
    dueTime: row.dueTime?.slice(0, 5) ?? null,
    occurrencesCompleted: row.occurrencesCompleted,
    exceptions: row.recurrenceExceptions,
  };
}

export async function moveOccurrence(db: Database, user: User, input: z.output<typeof moveOccurrenceInput>) {
  const copyId = await db.transaction(async (tx) => {
    const current = await requireTask(tx, user.id, input.id, "editTasks");
    if (current.updatedAt.getTime() !== input.updatedAt.getTime()) throw conflict(TASK_CONFLICT_MESSAGE);
    const series = seriesOf(current);
    if (!series) throw invalid("Only an open repeating task has occurrences to move one by one.");
    const [found] = occurrencesIn(series, input.occurrence, input.occurrence, user.timeZone);
    if (found !== input.occurrence) throw invalid("That date is not an occurrence of this task.");

    const isCurrent = input.occurrence === series.dueDate;
    const next = isCurrent ? nextKeptOccurrence({ ...series, from: "due" }, new Date(), user.timeZone) : null;
    if (isCurrent && next === null) {
      // Its last occurrence: moving "this one" is moving the task, which then repeats no more.
      await tx
        .update(task)
        .set({
          dueDate: input.dueDate,
          ...(input.dueTime === undefined ? {} : { dueTime: input.dueTime }),
          recurrenceRule: null,
          recurrenceFrom: null,
          updatedAt: bumpUpdatedAt,
        })
        .where(eq(task.id, current.id));
      return null;
    }

    const labels = await tx
      .select({ id: taskLabel.labelId })
      .from(taskLabel)
      .where(sql`${taskLabel.taskId} = ${current.id} and ${taskLabel.userId} = ${user.id}`);
    const copy = await createTask(tx, user.id, {
      title: current.title,
      description: current.description,
      priority: current.priority,
      dueDate: input.dueDate,
      ...(input.dueTime !== undefined
        ? input.dueTime
          ? { dueTime: input.dueTime }
          : {}
        : series.dueTime
          ? { dueTime: series.dueTime }
          : {}),
      deadline: current.deadline,
      projectId: current.projectId,
      parentId: current.parentId,
      labelIds: labels.map((label) => label.id),
      assigneeId: current.assigneeId,
    });

    if (next) {
      await tx
        .update(task)
        .set({
          dueDate: next,
          occurrencesCompleted: current.occurrencesCompleted + 1,
          // Exceptions the series has now passed are no longer needed.
          recurrenceExceptions: series.exceptions.filter((date) => compareDates(date, next) > 0),
          updatedAt: bumpUpdatedAt,
        })
        .where(eq(task.id, current.id));
      await moveRemindersWithDueDate(tx, current.id, { dueDate: series.dueDate, dueTime: current.dueTime });
    } else {
      await tx
        .update(task)
        .set({
          recurrenceExceptions: [...new Set([...series.exceptions, input.occurrence])].sort(),
          updatedAt: bumpUpdatedAt,
        })
        .where(eq(task.id, current.id));
    }
    return copy.id;
  });
  return {
    series: await taskById(db, user.id, input.id),
    copy: copyId ? await taskById(db, user.id, copyId) : null,
  };
}

/** Undo of {@link moveOccurrence}: the occurrence is the series' again, and the one-off copy goes to the trash. */
export async function restoreOccurrence(db: Database, user: User, input: z.output<typeof restoreOccurrenceInput>) {
  await db.transaction(async (tx) => {
    const current = await requireTask(tx, user.id, input.id, "editTasks");
    await requireTask(tx, user.id, input.copyId, "editTasks");
    const series = seriesOf(current);
    if (!series) throw invalid("Only an open repeating task has occurrences to put back.");
    if (series.exceptions.includes(input.occurrence)) {
      await tx
        .update(task)
        .set({
          recurrenceExceptions: series.exceptions.filter((date) => date !== input.occurrence),
          updatedAt: bumpUpdatedAt,
        })
        .where(eq(task.id, current.id));
    } else if (compareDates(input.occurrence, series.dueDate) < 0) {
      // It was the current one: the series steps back to it.
      await tx
        .update(task)
        .set({
          dueDate: input.occurrence,
          occurrencesCompleted: Math.max(0, current.occurrencesCompleted - 1),
          updatedAt: bumpUpdatedAt,
        })
        .where(eq(task.id, current.id));
      await moveRemindersWithDueDate(tx, current.id, { dueDate: series.dueDate, dueTime: current.dueTime });
    } else {
      throw invalid("That occurrence was not moved out of this task.");
    }
    await trash(tx, [input.copyId]);
  });
  return taskById(db, user.id, input.id);
}
