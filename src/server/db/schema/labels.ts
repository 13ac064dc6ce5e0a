import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { colorNames } from "../../../lib/schemas/colors";
import { LABEL_NAME_MAX } from "../../../lib/schemas/label";
import { user } from "./auth";
import { timestamps } from "./columns";
import { colorCheck } from "./projects";
import { task } from "./tasks";

export const label = pgTable(
  "label",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    color: text("color", { enum: colorNames }).notNull().default("gray"),
    ...timestamps,
  },
  (table) => [
    check("label_name_length", sql`char_length(${table.name}) between 1 and ${sql.raw(String(LABEL_NAME_MAX))}`),
    check("label_color", colorCheck(table.color)),
    // "Work" and "work" are the same label.
    uniqueIndex("label_user_name_unique").on(table.userId, sql`lower(${table.name})`),
    unique("label_id_user_unique").on(table.id, table.userId),
  ],
);

/** Which labels a task has (many-to-many). */
export const taskLabel = pgTable(
  "task_label",
  {
    taskId: uuid("task_id").notNull(),
    labelId: uuid("label_id").notNull(),
    /**
     * The label's owner. Labels are personal: on a shared task each member sees and sets only their own,
     * and the foreign key below makes a link to someone else's label impossible.
     */
    userId: uuid("user_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.taskId, table.labelId] }),
    foreignKey({ columns: [table.taskId], foreignColumns: [task.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.labelId, table.userId], foreignColumns: [label.id, label.userId] }).onDelete(
      "cascade",
    ),
    // The label views look tasks up by label.
    index("task_label_label_idx").on(table.labelId, table.taskId),
  ],
);

export type LabelRow = typeof label.$inferSelect;
