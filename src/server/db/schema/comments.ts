import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { COMMENT_BODY_MAX } from "../../../lib/schemas/comment";
import { user } from "./auth";
import { timestamps } from "./columns";
import { task } from "./tasks";

/** What people say about a task. Read and written by whoever may see and edit the task (server/access). */
export const comment = pgTable(
  "comment",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => task.id, { onDelete: "cascade" }),
    /** null once the author's account is deleted: the comment stays, from "Deleted user". */
    authorId: uuid("author_id").references(() => user.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    ...timestamps,
  },
  (table) => [
    check("comment_body_length", sql`char_length(${table.body}) between 1 and ${sql.raw(String(COMMENT_BODY_MAX))}`),
    // A task's comments in order; the row's comment count.
    index("comment_task_idx").on(table.taskId, table.createdAt, table.id),
  ],
);

export type CommentRow = typeof comment.$inferSelect;
