import { sql } from "drizzle-orm";
import { check, pgTable, text, uuid } from "drizzle-orm/pg-core";
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
    /** Who created it (access is decided by its members, not by this). */
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
  ],
);

export type ProjectRow = typeof project.$inferSelect;
