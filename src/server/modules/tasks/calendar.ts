import "server-only";
import { and, asc, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import type { z } from "zod/mini";
import { occurrencesIn } from "@/lib/calendar/occurrences";
import { compareDates } from "@/lib/dates";
import { type calendarRangeInput, UNSCHEDULED_MAX } from "@/lib/schemas/calendar";
import type { Database } from "@/server/db";
import { literalLimit, statementName } from "@/server/db/named-statement";
import { task } from "@/server/db/schema";
import {
  aggregatesFor,
  notInArchivedProject,
  othersTasksByProject,
  ownTasksAcrossProjects,
  type Task,
  taskColumns,
  toTask,
} from "./queries";

/** How many tasks due in a range one range reads at most (a month of a very busy calendar); as many repeating. */
const DATED_MAX = 2_000;

/** One task on one day of the calendar: the task's own due date, or a later occurrence computed from its rule. */
export type CalendarEntry = {
  task: Task;
  date: string;
  /** A repeating task's occurrence after its current one: shown, not stored (see occurrences.ts). */
  projected: boolean;
};

const dueOrInfinity = sql`coalesce(${task.dueDate}, 'infinity'::date)`;
/** task_open_due_idx's order: due date (none: 'infinity'), time of day (none: 24:00), manual order. */
const openDueOrder = [
  asc(dueOrInfinity),
  asc(sql`coalesce(${task.dueTime}, '24:00'::time)`),
  asc(task.position),
  asc(task.id),
];

/**
 * The calendar's statement for a range of days (see {@link calendarTasks}): per reach branch (own tasks,
 * others' in shared projects), three ranges of an index over open tasks, each read in its order: the tasks
 * due in the range and the unscheduled ones (task_open_due_idx, from the range's first day and from its
 * 'infinity' end), and the repeating ones due before the range (task_open_repeating_idx), whose later
 * occurrences may fall in it; others' tasks so per shared project (task_project_open_due_idx). One range of
 * task_due_idx from the first dated task to the range's end read every overdue and completed task before the
 * range (at 100 000 tasks the planner read the whole table).
 */
export function calendarStatement(db: Database, userId: string, range: z.output<typeof calendarRangeInput>) {
  const fields = { row: taskColumns, ...aggregatesFor(userId), dated: sql<boolean>`${task.dueDate} is not null` };
  const live = and(isNull(task.deletedAt), isNull(task.completedAt), notInArchivedProject);
  // A read's condition, given what it reads: of the user's own tasks, or of others' tasks in their projects,
  // a range per project whose page is filtered there and read by id here.
  type Reach = (where: SQL, order: SQL[], limit: number) => SQL;
  const own: Reach = (where) => and(ownTasksAcrossProjects(userId), live, where) ?? sql`false`;
  const shared: Reach = (where, order, limit) =>
    othersTasksByProject(userId, (inProject) =>
      db
        .select({ id: task.id })
        .from(task)
        .where(and(inProject, live, where))
        .orderBy(...order)
        .limit(literalLimit(limit)),
    );
  const read = (reach: Reach, where: SQL, order: SQL[], limit: number) =>
    db
      .select(fields)
      .from(task)
      .where(reach(where, order, limit))
      .orderBy(...order)
      .limit(literalLimit(limit));
  const dueInRange = (reach: Reach) =>
    read(reach, sql`${dueOrInfinity} between ${range.from} and ${range.to}`, openDueOrder, DATED_MAX);
  const repeatingBefore = (reach: Reach) =>
    read(
      reach,
      sql`${isNotNull(task.recurrenceRule)} and ${task.dueDate} < ${range.from}`,
      [asc(task.dueDate), asc(task.id)],
      DATED_MAX,
    );
  const unscheduled = (reach: Reach) =>
    read(reach, sql`${dueOrInfinity} = 'infinity'::date`, openDueOrder, UNSCHEDULED_MAX + 1);
  return unionAll(
    dueInRange(own),
    dueInRange(shared),
    repeatingBefore(own),
    repeatingBefore(shared),
    unscheduled(own),
    unscheduled(shared),
  );
}

/**
 * The calendar's data for a range of days, in ONE statement ({@link calendarStatement}): the open tasks the
 * user can see that are due in the range or repeat from before it (their occurrences may fall in it), and
 * the open tasks without a date for the side list.
 */
export async function calendarTasks(
  db: Database,
  user: { id: string; timeZone: string },
  range: z.output<typeof calendarRangeInput>,
) {
  const query = calendarStatement(db, user.id, range);
  // Its LIMITs are in its text, as task.list's (literalLimit), so its plan is kept. When its dated tasks were
  // one range from the first of them, written as 2000 the planner read that range by a sequential scan.
  const rows = await query.prepare(statementName("task_calendar", query.toSQL().sql)).execute();

  const entries: CalendarEntry[] = [];
  const waiting: Task[] = [];
  for (const { row, dated: hasDate, extra } of rows) {
    const item = toTask(row, extra);
    if (!hasDate || !row.dueDate) {
      waiting.push(item);
      continue;
    }
    if (!item.recurrence) {
      entries.push({ task: item, date: row.dueDate, projected: false });
      continue;
    }
    const series = {
      rrule: item.recurrence.rrule,
      from: item.recurrence.from,
      dueDate: row.dueDate,
      dueTime: item.dueTime,
      occurrencesCompleted: row.occurrencesCompleted,
      exceptions: row.recurrenceExceptions,
    };
    for (const date of occurrencesIn(series, range.from, range.to, user.timeZone)) {
      entries.push({ task: item, date, projected: date !== row.dueDate });
    }
  }
  entries.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      byteOrder(a.task.dueTime ?? "24:00", b.task.dueTime ?? "24:00") ||
      byteOrder(a.task.position, b.task.position),
  );
  waiting.sort((a, b) => byteOrder(a.position, b.position));
  return {
    entries,
    /** Open tasks without a date, in manual order (the first {@link UNSCHEDULED_MAX}). */
    unscheduled: waiting.slice(0, UNSCHEDULED_MAX),
    moreUnscheduled: waiting.length > UNSCHEDULED_MAX,
  };
}

/** Manual-order keys compare byte by byte (as the column's collation does), not by locale. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type CalendarData = Awaited<ReturnType<typeof calendarTasks>>;
