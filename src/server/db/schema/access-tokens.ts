import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { timestamptz } from "./columns";

/**
 * Personal access tokens for scripts: only a SHA-256 of the token is kept (the token is shown once),
 * with its last characters so the owner can tell tokens apart. Every token expires (at most a year).
 */
export const personalAccessToken = pgTable(
  "personal_access_token",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    lastCharacters: text("last_characters").notNull(),
    expiresAt: timestamptz("expires_at").notNull(),
    lastUsedAt: timestamptz("last_used_at"),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [index("personal_access_token_user_id_idx").on(table.userId)],
);

export type PersonalAccessToken = typeof personalAccessToken.$inferSelect;
