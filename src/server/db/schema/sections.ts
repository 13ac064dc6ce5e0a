import { sql } from "drizzle-orm";
import { check, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { SECTION_NAME_MAX } from "../../../lib/schemas/section";
import { byteOrderedText, timestamps } from "./columns";
import { project } from "./projects";

/**
 * A named group of a project's tasks (Todoist's sections, the board's columns), in manual order. Who may see
 * and change one is its project's business: sections have no members of their own.
 */
export const section = pgTable(
  "section",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Fractional index (manual order within the project), compared byte by byte. */
    position: byteOrderedText("position").notNull(),
    ...timestamps,
  },
  (table) => [
    check("section_name_length", sql`char_length(${table.name}) between 1 and ${sql.raw(String(SECTION_NAME_MAX))}`),
    unique("section_project_position_unique").on(table.projectId, table.position),
    // What task.section_id's foreign key points at: a task's section is always one of its own project's.
    unique("section_id_project_unique").on(table.id, table.projectId),
  ],
);

export type SectionRow = typeof section.$inferSelect;
