import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { CONVERSATION_TITLE_MAX } from "../../../lib/schemas/conversation";
import { user } from "./auth";
import { timestamps } from "./columns";

export const messageRoles = ["system", "user", "assistant"] as const;
export type MessageRole = (typeof messageRoles)[number];

/** A chat with the AI assistant; its messages are the whole state (the server keeps none between requests). */
export const conversation = pgTable(
  "conversation",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    ...timestamps,
  },
  (table) => [
    check(
      "conversation_title_length",
      sql`char_length(${table.title}) between 1 and ${sql.raw(String(CONVERSATION_TITLE_MAX))}`,
    ),
    // "My conversations, most recently active first."
    index("conversation_user_updated_idx").on(table.userId, table.updatedAt.desc(), table.id),
  ],
);

/**
 * One message as the AI SDK's UIMessage holds it: `parts` (text, tool calls with their inputs, outputs
 * and approval states) stored as given. `id` is the SDK's message id, unique within its conversation.
 */
export const conversationMessage = pgTable(
  "conversation_message",
  {
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversation.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** Order within the conversation, from 0. */
    position: integer("position").notNull(),
    role: text("role", { enum: messageRoles }).notNull(),
    parts: jsonb("parts").$type<unknown[]>().notNull(),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.conversationId, table.id] }),
    unique("conversation_message_position_unique").on(table.conversationId, table.position),
  ],
);

export type ConversationRow = typeof conversation.$inferSelect;
export type ConversationMessageRow = typeof conversationMessage.$inferSelect;
