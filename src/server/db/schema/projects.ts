import { sql } from "drizzle-orm";
import { check, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { colorNames } from "../../../lib/schemas/colors";
import { PROJECT_NAME_MAX } from "../../../lib/schemas/project";
import { user } from "./auth";
import { timestamps, timestamptz } from "./columns";

export const colorCheck = (column: unknown) =>
  sql`${column} in (${sql.raw(colorNames.map((name) => `'${name}'`).join(", "))})`;

/**
 * A list of tasks, reached through its members (project_member), who also keep its place in their
 * sidebars. The Inbox is not a row: it is "no project".
 */
export const project = pgTable(
  "project",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    /** Who created it. Until tasks are reached through membership too, its tasks carry this user id. */
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    color: text("color", { enum: colorNames }).notNull().default("gray"),
    archivedAt: timestamptz("archived_at"),
    ...timestamps,
  },
  (table) => [
    check("project_name_length", sql`char_length(${table.name}) between 1 and ${sql.raw(String(PROJECT_NAME_MAX))}`),
    check("project_color", colorCheck(table.color)),
    // Lets a task reference (project, owner) so a task can never point at someone else's project.
    unique("project_id_user_unique").on(table.id, table.userId),
  ],
);

export type ProjectRow = typeof project.$inferSelect;
