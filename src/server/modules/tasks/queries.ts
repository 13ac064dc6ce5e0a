import "server-only";
import {
  and,
  type Column,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  lte,
  type Placeholder,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { localDateTimeParts } from "@/lib/dates";
import type { ListTasksQuery, TaskSort, TaskStatus } from "@/lib/schemas/task";
import { requireProjectAccess } from "@/server/access/project-access";
import { reachableLiveTask, reachesTask } from "@/server/access/task-access";
import { DEFAULT_TIME_ZONE } from "@/server/auth/time-zone";
import type { Database } from "@/server/db";
import { literalLimit, statementName } from "@/server/db/named-statement";
import { qualified } from "@/server/db/qualified";
import {
  comment,
  label,
  project,
  projectMember,
  reminder,
  type TaskRow,
  task,
  taskLabel,
  user,
} from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";
import { compileFilter } from "@/server/modules/filters/compile";
import { requireParsedFilter } from "@/server/modules/filters/parse-query";
import { sectionById } from "@/server/modules/sections/queries";
import { decodeCursor, encodeCursor } from "./cursor";
import { rankedCandidates, type SearchPlan, searchPlan } from "./search";
import { afterCursor, orderBy, outerOrderBy, type SortOrder, sortColumns, sortKeyOf, sortOrder } from "./sort-keys";

const { search: _search, ...storedColumns } = getTableColumns(task);
/** A task's columns, without the search document (the calendar also reads a series' bookkeeping). */
export const taskColumns = storedColumns;

/** A task row as read, without the search document. */
type StoredTask = Omit<TaskRow, "search">;

/**
 * The columns {@link toTask} reads: what lists select (every column read is parsed and mapped once per
 * row, 50 rows a page). toTask's type requires each one it uses.
 */
const listedColumns = {
  id: task.id,
  projectId: task.projectId,
  sectionId: task.sectionId,
  parentId: task.parentId,
  title: task.title,
  description: task.description,
  priority: task.priority,
  dueDate: task.dueDate,
  dueTime: task.dueTime,
  deadline: task.deadline,
  recurrenceRule: task.recurrenceRule,
  recurrenceFrom: task.recurrenceFrom,
  completedAt: task.completedAt,
  assigneeId: task.assigneeId,
  position: task.position,
  createdAt: task.createdAt,
  updatedAt: task.updatedAt,
};

type ListedTask = Pick<StoredTask, keyof typeof listedColumns>;

/** The reader: their id, or a placeholder for it in a statement prepared once (see {@link listTasks}). */
type Reader = string | Placeholder;

/**
 * What a list row carries besides the task's own columns, aggregated in the same statement: the
 * reader's own label ids (labels are personal, also on shared tasks), its subtasks' progress, for
 * a subtask its parent's title, and whether the reader has a reminder still to come on it (also personal).
 */
const aggregateExpressions = (userId: Reader) => ({
  labelIds: sql`coalesce(
    (select json_agg(${taskLabel.labelId} order by ${taskLabel.labelId}) from ${taskLabel}
     where ${taskLabel.taskId} = ${qualified(task.id)} and ${taskLabel.userId} = ${userId}),
    '[]'::json)`,
  subtasks: sql`(
    select json_build_object('total', count(*), 'done', count(sub.completed_at))
    from ${task} as sub where sub.parent_id = ${qualified(task.id)} and sub.deleted_at is null)`,
  parentTitle: sql`(
    select parent.title from ${task} as parent where parent.id = ${qualified(task.parentId)})`,
  commentCount: sql`(
    select count(*)::int from ${comment} as said where said.task_id = ${qualified(task.id)})`,
  assigneeName: sql`(
    select assignee.name from ${user} as assignee where assignee.id = ${qualified(task.assigneeId)})`,
  hasReminder: sql`exists (
    select 1 from ${reminder} as armed
    where armed.task_id = ${qualified(task.id)} and armed.user_id = ${userId} and armed.sent_at is null)`,
});

type Aggregates = {
  labelIds: string[];
  subtasks: { total: number; done: number };
  parentTitle: string | null;
  assigneeName: string | null;
  commentCount: number;
  hasReminder: boolean;
};

/** `expressions` as one JSON object, named as they are. */
function jsonObject<T>(expressions: Record<string, SQL>): SQL<T> {
  const pairs = Object.entries(expressions).map(([name, expression]) => sql`${sql.raw(`'${name}'`)}, ${expression}`);
  return sql<T>`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * The aggregates of a row as ONE JSON column, `extra`: each column a row has costs a parse by the driver and
 * a mapping by Drizzle, 50 rows a page, and a computed one costs Drizzle a failed class check more (issue #20).
 */
export const aggregatesFor = (userId: Reader) => ({ extra: jsonObject<Aggregates>(aggregateExpressions(userId)) });

/** A task as every client sees it. */
export type Task = ReturnType<typeof toTask>;

export function toTask(row: ListedTask, extra: Aggregates) {
  return {
    id: row.id,
    projectId: row.projectId,
    /** The section of its project it is in, or null. */
    sectionId: row.sectionId,
    parentId: row.parentId,
    /** Shown beside a subtask in views that list it on its own (Today, search…). */
    parentTitle: extra.parentTitle,
    title: row.title,
    description: row.description,
    priority: row.priority,
    dueDate: row.dueDate,
    /** "HH:mm" (the column holds seconds too). */
    dueTime: row.dueTime?.slice(0, 5) ?? null,
    /** The date it must be done by, or null. */
    deadline: row.deadline,
    recurrence:
      row.recurrenceRule && row.recurrenceFrom ? { rrule: row.recurrenceRule, from: row.recurrenceFrom } : null,
    completed: row.completedAt !== null,
    completedAt: row.completedAt,
    labelIds: extra.labelIds,
    /** Who is to do it (a member of its project), or null. */
    assigneeId: row.assigneeId,
    assigneeName: extra.assigneeName,
    commentCount: extra.commentCount,
    /** The reader has a reminder still to come on it. */
    hasReminder: extra.hasReminder,
    subtasks: extra.subtasks,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const statusFilter: Record<TaskStatus, SQL | undefined> = {
  open: isNull(task.completedAt),
  completed: isNotNull(task.completedAt),
  all: undefined,
};

/**
 * Tasks that carry every one of `labelIds`: one `exists` per label, whose selectivity PostgreSQL reads from
 * task_label's statistics, so it can walk the view's index and check each row's labels when a label is
 * common, or start from the label's rows when it is rare. Grouped by task with `count(*) = n`, the planner
 * guessed 50 rows for any label and always started from them: every task with the label was read and sorted
 * (a label on 10 000 tasks: 83 ms a page, against 25 ms at 100 tasks).
 */
function hasAllLabels(labelIds: readonly string[]): SQL {
  const wanted = [...new Set(labelIds)].map(
    (labelId) => sql`exists (
      select 1 from ${taskLabel} as labelled
      where labelled.task_id = ${qualified(task.id)} and labelled.label_id = ${labelId})`,
  );
  return sql.join(wanted, sql` and `);
}

/** Views across projects (Today, Upcoming, labels, search…) and label counts leave out archived projects' tasks. */
export const notInArchivedProject = sql`not exists (
  select 1 from ${project} as archived
  where archived.id = ${qualified(task.projectId)} and archived.archived_at is not null)`;

/**
 * A task's due date as `task_due_idx` keys it (no date: 'infinity'). The due-date bounds are written on it
 * (a task without a date is 'infinity', so `< 'infinity'` leaves it out, as `due_date >= …` did) so that
 * Upcoming's scan of that index starts and stops at them instead of reading every undated task (issue #20).
 */
const dueKey = sql`coalesce(${task.dueDate}, 'infinity'::date)`;

/**
 * Each value of a view's input as its statement's parameter: the statement's text then depends only on
 * the input's shape ({@link statementShape}), so one shape is built and prepared once per process.
 */
const bound = {
  userId: sql.placeholder("userId"),
  projectId: sql.placeholder("projectId"),
  parentId: sql.placeholder("parentId"),
  sectionId: sql.placeholder("sectionId"),
  priority: sql.placeholder("priority"),
  assigneeId: sql.placeholder("assigneeId"),
  dueFrom: sql.placeholder("dueFrom"),
  dueTo: sql.placeholder("dueTo"),
  deadlineTo: sql.placeholder("deadlineTo"),
};
const cursorKeys = [0, 1, 2, 3, 4].map((index) => sql.placeholder(`cursor${index}`));

/** The values of {@link bound}'s placeholders for one call. */
function boundValues(userId: string, input: ListTasksQuery, cursor: readonly (string | number)[] | undefined) {
  const values: Record<string, unknown> = {
    userId,
    projectId: input.projectId,
    parentId: input.parentId,
    sectionId: input.sectionId,
    priority: input.priority,
    assigneeId: input.assigneeId === "me" ? userId : input.assigneeId,
    dueFrom: input.dueFrom,
    dueTo: input.dueTo,
    deadlineTo: input.deadlineTo,
  };
  cursor?.forEach((value, index) => {
    values[`cursor${index}`] = value;
  });
  return values;
}

/** The view's own filters; which tasks it may reach at all is {@link branchConditions}'s. */
function filters(input: ListTasksQuery, search: SQL | undefined, query: SQL | undefined): SQL | undefined {
  const { parentId, sectionId, labelIds, priority, dueFrom, dueTo, hasDeadline, deadlineTo } = input;
  return and(
    statusFilter[input.status],
    parentId === undefined ? undefined : parentId === null ? isNull(task.parentId) : eq(task.parentId, bound.parentId),
    sectionId === undefined
      ? undefined
      : sectionId === null
        ? isNull(task.sectionId)
        : eq(task.sectionId, bound.sectionId),
    labelIds?.length ? hasAllLabels(labelIds) : undefined,
    priority === undefined ? undefined : eq(task.priority, bound.priority),
    dueFrom === undefined ? undefined : sql`${dueKey} >= ${bound.dueFrom} and ${dueKey} < 'infinity'::date`,
    dueTo === undefined ? undefined : sql`${dueKey} <= ${bound.dueTo}`,
    hasDeadline === undefined ? undefined : hasDeadline ? isNotNull(task.deadline) : isNull(task.deadline),
    deadlineTo === undefined ? undefined : lte(task.deadline, bound.deadlineTo),
    search,
    query,
  );
}

function resolveSort(input: ListTasksQuery, searching: boolean): TaskSort {
  const sort = input.sort ?? (searching ? "relevance" : "manual");
  if (sort === "relevance" && !searching) throw invalid("Sort by relevance needs a search.");
  if (sort === "completed" && input.status !== "completed") {
    throw invalid("Sort by completion time lists completed tasks only.");
  }
  if (input.dueFrom && input.dueTo && input.dueFrom > input.dueTo) {
    throw invalid("The start date must not be after the end date.");
  }
  return sort;
}

/**
 * Which tasks a view may list, for the user: a project's (any member reads all of them), their Inbox's
 * (always private), a parent's subtasks; or, for views across projects (which leave archived projects
 * out), two ordered branches joined by UNION ALL: the tasks they created (in their Inbox or a live
 * project they are still in) and the tasks others created in their live projects. The first is one index
 * range in the view's order, so a page of one's own tasks costs the same at 100 000 tasks as at 100; the
 * second reads a page of each such project in the view's order ({@link othersTasksByProject}), and is empty
 * at once for someone whose projects hold none (README decision 50). Returned as each branch's condition:
 * `page` makes one of a reach (the view's filters, its cursor), and `idsOf` reads a page of the ids one selects.
 */
function branchConditions(
  input: ListTasksQuery,
  page: (reach: SQL) => SQL,
  idsOf: (condition: SQL) => SQLWrapper,
): SQL[] {
  const { userId } = bound;
  if (input.projectId) {
    return [
      page(
        and(
          eq(task.projectId, bound.projectId),
          sql`exists (select 1 from ${projectMember} as m where m.project_id = ${bound.projectId} and m.user_id = ${userId})`,
        ) ?? sql`false`,
      ),
    ];
  }
  if (input.projectId === null) return [page(and(isNull(task.projectId), eq(task.userId, userId)) ?? sql`false`)];
  if (input.parentId) return [page(and(reachesTask(userId), notInArchivedProject) ?? sql`false`)];
  if (input.assigneeId) {
    // One index range: the assignee's tasks, of which the caller may see those in live projects they share.
    return [
      page(sql`${task.assigneeId} = ${bound.assigneeId} and ((${task.projectId} is null and ${task.userId} = ${userId})
        or ${task.projectId} in ${liveProjectsOf(userId, false)})`),
    ];
  }
  // Others' tasks: the page of each project is filtered there; the branch reads those ids as they are.
  return [page(ownTasksAcrossProjects(userId)), othersTasksByProject(userId, (inProject) => idsOf(page(inProject)))];
}

/** The first branch of a view across projects (see {@link branchConditions}): the tasks the user created, where they see them. */
export function ownTasksAcrossProjects(userId: Reader): SQL {
  return sql`${task.userId} = ${userId} and ${inOwnPlaces(userId)}`;
}

/**
 * Others' tasks in the user's live projects that a view's page may show, as a condition on `task`: for each
 * of those projects, `pageOf` reads a page of the tasks others created there (given that condition, on its
 * own `task`) in the view's order, from an index keyed by project in that order where there is one, and
 * stops. As one condition over all the projects ("in one of these"), each project was one range in
 * manual order: a member read every task of a colleague's project, 20 000 rows, to sort them for one page.
 * An array computed once and read by primary key, as rankedCandidates' (`in` may hash-join a scan of `task`).
 * Empty at once for someone whose projects hold no one else's tasks: there is no project to read.
 */
export function othersTasksByProject(userId: Reader, pageOf: (inProject: SQL) => SQLWrapper): SQL {
  return pagedPerSharedProject(userId, task.id, (project) =>
    pageOf(sql`${task.projectId} = ${project} and ${task.userId} <> ${userId}`),
  );
}

/**
 * `id` among the ids `pageOf` reads for each of the user's live projects that hold others' tasks (given the
 * project's id): a page of each, read once and then by primary key (see {@link othersTasksByProject}).
 */
export function pagedPerSharedProject(userId: Reader, id: Column, pageOf: (project: SQL) => SQLWrapper): SQL {
  return sql`${id} = any(array(
    select picked.id from ${liveProjectsOf(userId, true)} as shared (project_id)
    cross join lateral ${pageOf(sql`shared.project_id`)} as picked))`;
}

/** Where the user's own tasks are theirs to see: their Inbox, or a live project they are still in. */
export function inOwnPlaces(userId: Reader): SQL {
  return sql`(${task.projectId} is null or ${task.projectId} in ${liveProjectsOf(userId, false)})`;
}

/**
 * The ids of the user's live (not archived) projects; `othersTasksOnly`: those holding a live task someone
 * else created, whether or not they are still a member (their tasks stay when they leave). Two ranges of
 * task_project_creator_idx, the creators before the user's id and after it, each stopping at its first entry.
 * Scalar subqueries in the index's order, not `exists`: the planner turned an `exists` into one hashed read
 * of every task on that side of the user's id, and, expecting a match soon, a bare `limit 1` into a scan of
 * the whole table (100 000 rows for a light user beside a heavy one, whose projects hold no match).
 */
function liveProjectsOf(userId: Reader, othersTasksOnly: boolean): SQL {
  const othersTask = (before: boolean) => sql`(
    select true from ${task} as others where others.project_id = m.project_id and others.deleted_at is null
      and others.user_id ${sql.raw(before ? "<" : ">")} ${userId} order by others.user_id limit 1)`;
  return sql`(
    select m.project_id from ${projectMember} as m join ${project} as p on p.id = m.project_id
    where m.user_id = ${userId} and p.archived_at is null ${
      othersTasksOnly ? sql`and coalesce(${othersTask(true)}, ${othersTask(false)}, false)` : sql``
    })`;
}

/**
 * One page of a view of the tasks the user can see — every filter combined, labels and subtask
 * progress aggregated in — in ONE SQL statement, keyset-paginated: a page costs the same at 100 tasks
 * as at 100 000, and rows inserted between page loads cause no duplicates or gaps.
 */
export async function listTasks(
  db: Database,
  userId: string,
  input: ListTasksQuery,
  timeZone: string = DEFAULT_TIME_ZONE,
) {
  const view = viewQuery(db, userId, input, timeZone);
  // A filter's SQL text varies with its shape: run unnamed rather than keep a prepared statement per shape.
  const rows = await (view.shape
    ? preparedStatement(db, view.shape, view.build).execute(view.values)
    : input.filter !== undefined
      ? view.build().execute(view.values)
      : prepareNamed(view.build()).execute(view.values));

  if (rows.length === 0) await assertFilterIdsReachable(db, userId, input);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row, extra }) => toTask(row, extra)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(view.sort, last.extra.sortKey) : null,
  };
}

/**
 * How a view's page is read: its statement (built on demand, every value of the input a placeholder), the
 * values for them, and the shape it is kept under once prepared: null when the text holds values itself
 * (a search's words, a filter's query, a set of labels), so it is built for the call.
 */
export function viewQuery(db: Database, userId: string, input: ListTasksQuery, timeZone: string) {
  const plan = input.search ? searchPlan(input.search) : null;
  const query = input.filter === undefined ? undefined : filterCondition(userId, input.filter, timeZone);
  const sort = resolveSort(input, plan !== null);
  const order = sortOrder(sort, plan?.rank);
  const cursor = input.cursor ? decodeCursor(input.cursor, sort, order) : undefined;
  const paged = cursor !== undefined;
  const holdsValues = plan !== null || query !== undefined || Boolean(input.labelIds?.length);
  return {
    sort,
    values: boundValues(userId, input, cursor),
    shape: holdsValues ? null : statementShape(input, sort, paged),
    build: () => listStatement(db, input, sort, order, plan, query, paged),
  };
}

/** A view's statement, its input's values as placeholders ({@link bound}). */
function listStatement(
  db: Database,
  input: ListTasksQuery,
  sort: TaskSort,
  order: SortOrder,
  plan: SearchPlan | null,
  query: SQL | undefined,
  paged: boolean,
) {
  const cursor = paged ? afterCursor(order, cursorKeys.slice(0, order.keys.length)) : undefined;
  // One row past the page tells whether another follows. In the text, so a prepared plan is reused.
  const limit = literalLimit(input.limit + 1);
  const fields = {
    row: listedColumns,
    extra: jsonObject<Aggregates & { sortKey: unknown[] }>({
      ...aggregateExpressions(bound.userId),
      sortKey: sortKeyOf(order),
    }),
    ...sortColumns(order),
  };
  const matching = (reach: SQL) => and(isNull(task.deletedAt), reach, filters(input, plan?.where, query));
  // Ranked by relevance, a branch ranks only its newest SEARCH_CANDIDATES matches (see search.ts).
  const page = (reach: SQL) =>
    and(sort === "relevance" ? rankedCandidates(matching(reach)) : matching(reach), cursor) ?? sql`true`;
  const branch = (condition: SQL) =>
    db
      .select(fields)
      .from(task)
      .where(condition)
      .orderBy(...orderBy(order))
      .limit(limit)
      .$dynamic();
  // One project's page of others' tasks, for the second branch of a view across projects: only their ids.
  const idsOf = (condition: SQL) =>
    db
      .select({ id: task.id })
      .from(task)
      .where(condition)
      .orderBy(...orderBy(order))
      .limit(limit);
  const [only, ...more] = branchConditions(input, page, idsOf).map(branch);
  if (!only) throw new Error("A view reaches tasks through at least one branch.");
  const [second] = more;
  return second
    ? unionAll(only, second)
        .orderBy(...outerOrderBy(order))
        .limit(limit)
        .$dynamic()
    : only;
}

type ListStatement = ReturnType<typeof listStatement>;
type PreparedList = ReturnType<ListStatement["prepare"]>;

/** Named by its text: see statementName. */
function prepareNamed(statement: ListStatement): PreparedList {
  return statement.prepare(statementName("task_list", statement.toSQL().sql));
}

/**
 * What a view's statement text depends on, besides search, filter and labels (whose values are in it):
 * the sort, whether a page follows a cursor, and each input's presence, or its value where the value
 * chooses the SQL (status, hasDeadline, the page size; null vs an id). Every other value is a placeholder. An input
 * added to the view whose value chooses SQL must be named here (queries.test.ts checks every shape).
 */
function statementShape(input: ListTasksQuery, sort: TaskSort, paged: boolean): string {
  const parts = [`sort=${sort}`, `paged=${paged}`];
  for (const [key, value] of Object.entries(input)) {
    if (key === "cursor" || key === "sort") continue;
    const chosen =
      key === "status" || key === "hasDeadline" || key === "limit" || value === null || value === undefined;
    parts.push(`${key}=${chosen ? String(value) : "value"}`);
  }
  return parts.sort().join("&");
}

/** Per database (its session, which a prepared statement keeps), the statements of the shapes seen. */
const preparedByDatabase = new WeakMap<object, Map<string, PreparedList>>();
/** Shapes kept per database: views in use need a dozen; inputs crafted to vary stay bounded. */
const MAX_PREPARED_SHAPES = 64;

function preparedStatement(db: Database, shape: string, build: () => ListStatement): PreparedList {
  const session = db._.session;
  let statements = preparedByDatabase.get(session);
  if (!statements) {
    statements = new Map();
    preparedByDatabase.set(session, statements);
  }
  const kept = statements.get(shape);
  if (kept) return kept;
  const prepared = prepareNamed(build());
  if (statements.size >= MAX_PREPARED_SHAPES) {
    const oldest = statements.keys().next();
    if (!oldest.done) statements.delete(oldest.value);
  }
  statements.set(shape, prepared);
  return prepared;
}

export type TaskPage = Awaited<ReturnType<typeof listTasks>>;

/** `filter`'s query as a condition, with its words for days read in the user's zone as of now. */
function filterCondition(userId: string, filter: string, timeZone: string): SQL {
  const { date, time } = localDateTimeParts(new Date(), timeZone);
  return compileFilter(requireParsedFilter(filter), { userId, today: date, now: time });
}

/**
 * An empty page filtered by a project, section, label or parent the user cannot see is NOT_FOUND, as a write
 * naming it would be. Checked only when the page is empty, so a normal view stays one statement.
 */
async function assertFilterIdsReachable(db: Database, userId: string, input: ListTasksQuery) {
  const checks: Promise<unknown>[] = [];
  if (input.projectId) checks.push(requireProjectAccess(db, userId, input.projectId, "read"));
  if (input.labelIds?.length) checks.push(assertLabelsOwned(db, userId, input.labelIds));
  if (input.sectionId) checks.push(sectionById(db, userId, input.sectionId));
  if (input.parentId && !(await findTask(db, userId, input.parentId))) {
    throw notFound("Task");
  }
  await Promise.all(checks);
}

export async function assertLabelsOwned(db: Database, userId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: label.id })
    .from(label)
    .where(and(eq(label.userId, userId), inArray(label.id, [...ids])));
  if (found.length !== new Set(ids).size) throw notFound("Label");
}

/** One live task the user can see, with their labels and its subtask progress, or null (one they cannot is null too). */
export async function findTask(db: Database, userId: string, id: string) {
  const [found] = await db
    .select({ row: listedColumns, ...aggregatesFor(userId) })
    .from(task)
    .where(reachableLiveTask(userId, eq(task.id, id)))
    .limit(1);
  return found ? toTask(found.row, found.extra) : null;
}

/** As {@link findTask}, for a task the caller named: NOT_FOUND when it is not a live task they can see. */
export async function taskById(db: Database, userId: string, id: string) {
  const found = await findTask(db, userId, id);
  if (!found) throw notFound("Task");
  return found;
}
