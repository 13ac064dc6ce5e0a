import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  smallint,
  text,
  time,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { recurrenceFroms, TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "../../../lib/schemas/task-limits";
import { user } from "./auth";
import { byteOrderedText, timestamps, timestamptz } from "./columns";
import { project } from "./projects";
import { section } from "./sections";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * What search matches: English stems (so "groceries" finds "grocery") and the plain words (so a
 * prefix typed so far, "groc", matches as written), title ranked above description.
 */
const searchDocument = sql`
  setweight(to_tsvector('english'::regconfig, title), 'A') ||
  setweight(to_tsvector('simple'::regconfig, title), 'A') ||
  setweight(to_tsvector('english'::regconfig, description), 'B') ||
  setweight(to_tsvector('simple'::regconfig, description), 'B')`;

export const task = pgTable(
  "task",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** null = the Inbox. */
    projectId: uuid("project_id"),
    /** The project's section it is in (null: none, and always null in the Inbox). */
    sectionId: uuid("section_id"),
    /** A subtask's parent (one level: a subtask has no subtasks). */
    parentId: uuid("parent_id"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** 1 = most urgent (p1) … 4 = none (p4). */
    priority: smallint("priority").notNull().default(4),
    /** A calendar date in the user's time zone. */
    dueDate: date("due_date", { mode: "string" }),
    dueTime: time("due_time"),
    /** A date it must be done by (Todoist's deadline), apart from when it is planned (the due date). */
    deadline: date("deadline", { mode: "string" }),
    /** RFC 5545 RRULE without DTSTART; the current due date is the series' anchor. */
    recurrenceRule: text("recurrence_rule"),
    recurrenceFrom: text("recurrence_from", { enum: recurrenceFroms }),
    /** Occurrences completed so far (a recurring task is one row; COUNT is checked against this). */
    occurrencesCompleted: integer("occurrences_completed").notNull().default(0),
    /** Dates taken out of the series: an occurrence moved on its own ("this one") lives on as a task of its own. */
    recurrenceExceptions: date("recurrence_exceptions", { mode: "string" }).array().notNull().default(sql`'{}'`),
    completedAt: timestamptz("completed_at"),
    /** Fractional index (manual order), compared byte by byte. */
    position: byteOrderedText("position").notNull(),
    /** Who is to do it: a member of its project (null: nobody). */
    assigneeId: uuid("assignee_id").references(() => user.id, { onDelete: "set null" }),
    /** Who made the assignment (told when the task is completed); kept by the `task_assigned_by` trigger. */
    assignedBy: uuid("assigned_by").references(() => user.id, { onDelete: "set null" }),
    /** Set when moved to the trash; restore clears it. */
    deletedAt: timestamptz("deleted_at"),
    search: tsvector("search").generatedAlwaysAs(searchDocument),
    ...timestamps,
  },
  (table) => {
    // Due date (none: 'infinity'), time of day (none: 24:00), manual order: the date views' and the calendar's.
    const dueOrder = [
      sql`coalesce(${table.dueDate}, 'infinity'::date)`,
      sql`coalesce(${table.dueTime}, '24:00'::time)`,
      table.position,
      table.id,
    ] as const;
    const byDueDate = [table.userId, ...dueOrder] as const;
    return [
      check("task_title_length", sql`char_length(${table.title}) between 1 and ${sql.raw(String(TASK_TITLE_MAX))}`),
      check(
        "task_description_length",
        sql`char_length(${table.description}) <= ${sql.raw(String(TASK_DESCRIPTION_MAX))}`,
      ),
      check("task_priority_range", sql`${table.priority} between 1 and 4`),
      // No two tasks of one list (a project, or its creator's Inbox) share a manual-order key, trashed ones
      // included: restore keeps the key.
      uniqueIndex("task_list_position_unique").on(sql`coalesce(${table.projectId}, ${table.userId})`, table.position),
      // A creator's last key, trashed tasks included (see positions.ts).
      index("task_user_position_idx").on(table.userId, table.position),
      check("task_due_time_needs_date", sql`${table.dueTime} is null or ${table.dueDate} is not null`),
      check(
        "task_recurrence_complete",
        sql`(${table.recurrenceRule} is null) = (${table.recurrenceFrom} is null) and (${table.recurrenceRule} is null or ${table.dueDate} is not null)`,
      ),
      check("task_recurrence_from", sql`${table.recurrenceFrom} in ('due', 'completion')`),
      // The foreign key below checks nothing when project_id is null (MATCH SIMPLE): the Inbox has no sections.
      check("task_section_needs_project", sql`${table.sectionId} is null or ${table.projectId} is not null`),
      check("task_not_own_parent", sql`${table.parentId} <> ${table.id}`),
      // Who may see and change a task is decided by its project's members (server/access), not by keys.
      foreignKey({ columns: [table.projectId], foreignColumns: [project.id] }).onDelete("cascade"),
      foreignKey({ columns: [table.parentId], foreignColumns: [table.id as AnyPgColumn] }).onDelete("cascade"),
      // A section of the task's own project: moving a task to another list must leave its section. Deleting a
      // section clears only section_id (the migration says `set null ("section_id")`, which Drizzle cannot).
      foreignKey({
        columns: [table.sectionId, table.projectId],
        foreignColumns: [section.id, section.projectId],
      }).onDelete("set null"),
      index("task_section_idx").on(table.sectionId).where(sql`${table.sectionId} is not null`),
      // A project's tasks in manual order, whoever created them; the Inbox's, by its owner.
      index("task_project_idx").on(table.projectId, table.position, table.id).where(sql`${table.deletedAt} is null`),
      // Whether anyone but the reader created a live task in a project: two short ranges (user before and after
      // theirs) that stop at the first entry. Views across projects read others' tasks only where there are some.
      // Per project, in the orders of views across projects, for the tasks others created in the reader's
      // projects (othersTasksByProject): each project's page is one range that stops, as the reader's own
      // tasks are one range of the per-user indexes below. The open manual one also serves a project's page.
      index("task_project_open_manual_idx")
        .on(table.projectId, table.position, table.id)
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is null and ${table.projectId} is not null`),
      index("task_project_open_due_idx")
        .on(table.projectId, ...dueOrder)
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is null and ${table.projectId} is not null`),
      index("task_project_completed_idx")
        .on(table.projectId, table.completedAt.desc(), table.id.desc())
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is not null and ${table.projectId} is not null`),
      index("task_project_created_idx")
        .on(table.projectId, table.createdAt.desc(), table.id.desc())
        .where(sql`${table.deletedAt} is null and ${table.projectId} is not null`),
      index("task_project_creator_idx")
        .on(table.projectId, table.userId)
        .where(sql`${table.deletedAt} is null and ${table.projectId} is not null`),
      index("task_inbox_idx")
        .on(table.userId, table.position, table.id)
        .where(sql`${table.deletedAt} is null and ${table.projectId} is null`),
      // "Assigned to me": a user's assigned tasks in manual order, across projects.
      index("task_assignee_idx")
        .on(table.assigneeId, table.position, table.id)
        .where(sql`${table.deletedAt} is null and ${table.assigneeId} is not null`),
      index("task_parent_idx").on(table.parentId).where(sql`${table.deletedAt} is null`),
      index("task_completed_idx")
        .on(table.userId, table.completedAt.desc(), table.id.desc())
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is not null`),
      index("task_search_idx").using("gin", table.search),
      // One index per list order, each (user, sort key…, id) over the live rows; the open/manual
      // view (the default page) gets its own, so completed tasks never slow it down.
      index("task_open_manual_idx")
        .on(table.userId, table.position, table.id)
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is null`),
      index("task_manual_idx").on(table.userId, table.position, table.id).where(sql`${table.deletedAt} is null`),
      index("task_created_idx")
        .on(table.userId, table.createdAt.desc(), table.id.desc())
        .where(sql`${table.deletedAt} is null`),
      index("task_due_idx")
        .on(...byDueDate)
        .where(sql`${table.deletedAt} is null`),
      // The calendar's open tasks: due in a range of days, or without a date in manual order (calendar.ts).
      index("task_open_due_idx")
        .on(...byDueDate)
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is null`),
      // A saved filter of one priority ("p1", Todoist's own first filter), soonest due first (filters/compile.ts).
      index("task_open_priority_due_idx")
        .on(table.userId, table.priority, ...dueOrder)
        .where(sql`${table.deletedAt} is null and ${table.completedAt} is null`),
      // The calendar's open repeating tasks due before its range, whose later occurrences may fall in it.
      index("task_open_repeating_idx")
        .on(table.userId, table.dueDate, table.id)
        .where(
          sql`${table.deletedAt} is null and ${table.completedAt} is null and ${table.recurrenceRule} is not null`,
        ),
      index("task_deadline_idx")
        .on(table.userId, sql`coalesce(${table.deadline}, 'infinity'::date)`, table.position, table.id)
        .where(sql`${table.deletedAt} is null`),
      index("task_priority_idx")
        .on(table.userId, table.priority, table.position, table.id)
        .where(sql`${table.deletedAt} is null`),
      index("task_title_idx")
        .on(table.userId, sql`lower(${table.title})`, table.id)
        .where(sql`${table.deletedAt} is null`),
    ];
  },
);

export type TaskRow = typeof task.$inferSelect;
