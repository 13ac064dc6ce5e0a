import { sql } from "drizzle-orm";
import { check, date, index, pgTable, smallint, text, time, unique, uuid } from "drizzle-orm/pg-core";
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "../../../lib/schemas/task";
import { user } from "./auth";
import { byteOrderedText, timestamps, timestamptz } from "./columns";

export const task = pgTable(
  "task",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** 1 = most urgent (p1) … 4 = none (p4). */
    priority: smallint("priority").notNull().default(4),
    /** A calendar date in the user's time zone. */
    dueDate: date("due_date", { mode: "string" }),
    dueTime: time("due_time"),
    completedAt: timestamptz("completed_at"),
    /** Fractional index (manual order), compared byte by byte. */
    position: byteOrderedText("position").notNull(),
    /** Set when moved to the trash; restore clears it. */
    deletedAt: timestamptz("deleted_at"),
    ...timestamps,
  },
  (table) => [
    check("task_title_length", sql`char_length(${table.title}) between 1 and ${sql.raw(String(TASK_TITLE_MAX))}`),
    check(
      "task_description_length",
      sql`char_length(${table.description}) <= ${sql.raw(String(TASK_DESCRIPTION_MAX))}`,
    ),
    check("task_priority_range", sql`${table.priority} between 1 and 4`),
    // No two tasks of a user share a manual-order key (trashed ones included: restore keeps the key).
    unique("task_user_position_unique").on(table.userId, table.position),
    check("task_due_time_needs_date", sql`${table.dueTime} is null or ${table.dueDate} is not null`),
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
      .on(
        table.userId,
        sql`coalesce(${table.dueDate}, 'infinity'::date)`,
        sql`coalesce(${table.dueTime}, '24:00'::time)`,
        table.position,
        table.id,
      )
      .where(sql`${table.deletedAt} is null`),
    index("task_priority_idx")
      .on(table.userId, table.priority, table.position, table.id)
      .where(sql`${table.deletedAt} is null`),
    index("task_title_idx")
      .on(table.userId, sql`lower(${table.title})`, table.id)
      .where(sql`${table.deletedAt} is null`),
  ],
);

export type TaskRow = typeof task.$inferSelect;
