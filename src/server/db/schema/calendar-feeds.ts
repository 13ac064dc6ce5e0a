import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { timestamptz } from "./columns";
import { project } from "./projects";

/**
 * Calendar feeds (issue #19): a secret address a calendar app subscribes to, for all of a user's dated
 * tasks or one project's. Only a SHA-256 of the token is kept (the address is shown once, like an API
 * token), with its last characters so the owner can tell feeds apart. Revoking deletes the row; a
 * project's deletion takes its feeds with it.
 */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** null: every task the user can see; else that project's (while they are still a member). */
    projectId: uuid("project_id").references(() => project.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    lastCharacters: text("last_characters").notNull(),
    lastUsedAt: timestamptz("last_used_at"),
    /**
     * The ETag of the content last served and when that content first appeared: Last-Modified stays
     * truthful when a task leaves the feed (the newest updated_at among the rest could go back in time).
     */
    contentTag: text("content_tag"),
    contentChangedAt: timestamptz("content_changed_at"),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [index("calendar_feed_user_id_idx").on(table.userId)],
);

export type CalendarFeedRow = typeof calendarFeed.$inferSelect;
