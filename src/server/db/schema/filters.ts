import { sql } from "drizzle-orm";
import { check, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { FILTER_QUERY_MAX } from "../../../lib/filters/limits";
import { colorNames } from "../../../lib/schemas/colors";
import { FILTER_NAME_MAX } from "../../../lib/schemas/filter";
import { user } from "./auth";
import { byteOrderedText, timestamps } from "./columns";
import { colorCheck } from "./projects";

/**
 * A saved filter (issue #19): a named, coloured query in the filter language, in its owner's sidebar in
 * manual order. Personal, like labels: nobody else reads it; what it lists is decided when it runs.
 */
export const savedFilter = pgTable(
  "saved_filter",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull(),
    color: text("color", { enum: colorNames }).notNull().default("gray"),
    /** Fractional index (the owner's sidebar order), compared byte by byte. */
    position: byteOrderedText("position").notNull(),
    ...timestamps,
  },
  (table) => [
    check(
      "saved_filter_name_length",
      sql`char_length(${table.name}) between 1 and ${sql.raw(String(FILTER_NAME_MAX))}`,
    ),
    check(
      "saved_filter_query_length",
      sql`char_length(${table.query}) between 1 and ${sql.raw(String(FILTER_QUERY_MAX))}`,
    ),
    check("saved_filter_color", colorCheck(table.color)),
    // "Urgent" and "urgent" are the same filter.
    uniqueIndex("saved_filter_user_name_unique").on(table.userId, sql`lower(${table.name})`),
    unique("saved_filter_user_position_unique").on(table.userId, table.position),
  ],
);

export type SavedFilterRow = typeof savedFilter.$inferSelect;
