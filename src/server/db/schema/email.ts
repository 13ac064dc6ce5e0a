import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/**
 * Mail the app would have sent, kept when no SMTP server is configured (development, tests):
 * read at /dev/outbox in development and straight from the database by the HTTP tests. In production
 * without its links (EMAIL_OUTBOX); the daily cleanup deletes messages older than a week.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [index("email_outbox_created_at_idx").on(table.createdAt)],
);

export type EmailOutboxRow = typeof emailOutbox.$inferSelect;
