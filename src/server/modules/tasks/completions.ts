import "server-only";
import { and, isNotNull, type SQL, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { ListCompletionsQuery } from "@/lib/schemas/task";
import type { Database } from "@/server/db";
import { literalLimit, statementName } from "@/server/db/named-statement";
import { ORDER_WORDS } from "@/server/db/order-words";
import { task, taskActivity } from "@/server/db/schema";
import { invalid } from "@/server/domain-errors";
import {
  aggregatesFor,
  inOwnPlaces,
  othersTasksByProject,
  ownTasksAcrossProjects,
  pagedPerSharedProject,
  taskColumns,
  toTask,
} from "./queries";

/**
 * One undone later (an "uncompleted" event moving the date back to where this one moved it from) is not a
 * completion any more. A scalar subquery in task_activity_uncompleted_idx's order, probed for each row a page
 * reads: written as `not exists`, the planner read every row of the table once, hashed, for each page (40 000
 * rows beside 10 000 occurrences).
 */
const notUndone = sql`not coalesce((
    select true from ${taskActivity} as undone
    where undone.task_id = ${taskActivity.taskId} and undone.kind = 'uncompleted' and undone.id > ${taskActivity.id}
      and undone.changes -> 'dueDate' -> 'to' = ${taskActivity.changes} -> 'dueDate' -> 'from'
    order by undone.task_id, undone.id limit 1), false)`;

// Each branch's order: completion time, then a key that tells rows of one instant apart across branches.
const taskKey = sql<string>`'task:' || ${task.id}::text`;
const occurrenceKey = sql<string>`'occurrence:' || lpad(${taskActivity.id}::text, 20, '0')`;

const cursorShape = z.tuple([z.string().max(64), z.string().max(64)]);

function encodeCursor(at: string, key: string): string {
  return Buffer.from(JSON.stringify([at, key])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] {
  try {
    return cursorShape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw invalid("That page cursor is not valid; reload the list.");
  }
}

/**
 * Completed's statement for a page of `pageSize` after `cursor` (see {@link listCompletions}). Its LIMITs are in
 * its text, so that PostgreSQL reuses the named statement's plan (see literalLimit).
 */
export function completionsStatement(db: Database, userId: string, pageSize: number, cursor: [string, string] | null) {
  // One row past the page tells whether another follows.
  const limit = literalLimit(pageSize + 1);
  // The first condition is the row comparison's own first half, which an index range can start at.
  const after = (at: SQL, key: SQL) =>
    cursor
      ? sql`${at} <= cast(${cursor[0]} as timestamptz) and (${at}, ${key}) < (cast(${cursor[0]} as timestamptz), ${cursor[1]})`
      : undefined;
  const newestFirst = (at: SQL, key: SQL) => [sql`${at} ${ORDER_WORDS.desc}`, sql`${key} ${ORDER_WORDS.desc}`];
  const fields = (at: SQL, key: SQL<string>, occurrenceDate: SQL<string | null>) => ({
    row: taskColumns,
    ...aggregatesFor(userId),
    completedAt: sql`${at}`.mapWith(task.completedAt).as("completed_at_"),
    atText: sql<string>`${at}::text`.as("at_text"),
    key: key.as("entry_key"),
    occurrenceDate: occurrenceDate.as("occurrence_date"),
  });
  // The two ordered branches of a view across projects (as task.list reads them): the user's own tasks, and
  // others' in live projects shared with them. One branch over reachesTask had no index key to start from:
  // it read every completed task, and every user's completed occurrences, to sort them.
  // Completed tasks: the own branch is a range of task_completed_idx newest first; others' are a range of
  // task_project_completed_idx per shared project (othersTasksByProject).
  const completedTask = (reach: SQL) =>
    and(sql`${task.deletedAt} is null`, reach, isNotNull(task.completedAt), after(sql`${task.completedAt}`, taskKey));
  const newestTasks = newestFirst(sql`${task.completedAt}`, taskKey);
  const completedTasks = (condition: SQL | undefined) =>
    db
      .select(fields(sql`${task.completedAt}`, taskKey, sql<null>`null::text`))
      .from(task)
      .where(condition)
      .orderBy(...newestTasks)
      .limit(limit);
  const othersCompletedTasks = othersTasksByProject(userId, (inProject) =>
    db
      .select({ id: task.id })
      .from(task)
      .where(completedTask(inProject))
      .orderBy(...newestTasks)
      .limit(limit),
  );
  // Completed occurrences of repeating tasks, from the activity log: the trigger logs each as "completed" with
  // the due date moving on (the task itself stays open), and those rows alone name their task's creator and
  // project (`task_creator_id`, `task_project_id`: migrations 0028 and 0030). The own branch is the user's range of
  // task_activity_creator_occurrence_idx: it names the creator and not the row's kind (which the creator
  // implies), so no plan can read another index instead, and not task.user_id (with it, a plan for a user with
  // few tasks started from them and read all their history). Others' tasks' occurrences are a range of
  // task_activity_project_occurrence_idx per shared project (pagedPerSharedProject), each page filtered as the
  // branch is, so that no project's page comes up short. Each reads its index in order and stops after a page.
  const completedOccurrence = (rows: SQL) =>
    and(sql`${task.deletedAt} is null`, rows, notUndone, after(sql`${taskActivity.createdAt}`, occurrenceKey));
  const newestOccurrences = newestFirst(sql`${taskActivity.createdAt}`, sql`${taskActivity.id}`);
  const completedOccurrences = (condition: SQL | undefined) =>
    db
      .select(
        fields(
          sql`${taskActivity.createdAt}`,
          occurrenceKey,
          sql<string>`${taskActivity.changes} -> 'dueDate' ->> 'from'`,
        ),
      )
      .from(taskActivity)
      .innerJoin(task, sql`${task.id} = ${taskActivity.taskId}`)
      .where(condition)
      .orderBy(...newestOccurrences)
      .limit(limit);
  const othersOccurrences = pagedPerSharedProject(userId, taskActivity.id, (project) =>
    db
      .select({ id: taskActivity.id })
      .from(taskActivity)
      .innerJoin(task, sql`${task.id} = ${taskActivity.taskId}`)
      // The task's own project decides who sees it; the row's copy only finds it (a stale copy would hide it).
      .where(
        completedOccurrence(
          sql`${taskActivity.taskProjectId} = ${project} and ${task.projectId} = ${project} and ${task.userId} <> ${userId}`,
        ),
      )
      .orderBy(...newestOccurrences)
      .limit(limit),
  );
  return unionAll(
    completedTasks(completedTask(ownTasksAcrossProjects(userId))),
    // Others' pages are filtered per project; the branches read those ids as they are.
    completedTasks(othersCompletedTasks),
    completedOccurrences(
      completedOccurrence(sql`${taskActivity.taskCreatorId} = ${userId} and ${inOwnPlaces(userId)}`),
    ),
    completedOccurrences(othersOccurrences),
  )
    .orderBy(...newestFirst(sql`${sql.identifier("completed_at_")}`, sql`${sql.identifier("entry_key")}`))
    .limit(limit);
}

/**
 * Completed's page: the tasks the user can read that are completed, and the completed occurrences of
 * repeating ones (from the activity log), newest first, in ONE statement (a UNION ALL of four ordered
 * branches: own tasks, others' in the user's projects, and the occurrences of each), keyset-paged by
 * completion time. Reached as task.list's views across projects reach tasks (ownTasksAcrossProjects, othersTasksByProject).
 */
export async function listCompletions(db: Database, userId: string, input: ListCompletionsQuery) {
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const query = completionsStatement(db, userId, input.limit, cursor);
  const rows = await query.prepare(statementName("task_completions", query.toSQL().sql)).execute();

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row, completedAt, key, occurrenceDate, extra }) => ({
      key,
      completedAt,
      /** The due date of the occurrence completed, for a repeating task's completion; null for a completed task. */
      occurrenceDate,
      task: toTask(row, extra),
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.atText, last.key) : null,
  };
}

export type CompletionsPage = Awaited<ReturnType<typeof listCompletions>>;
export type Completion = CompletionsPage["items"][number];
