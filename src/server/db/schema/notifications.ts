import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { emailableKinds, notificationKinds } from "../../../lib/notifications";
import { user } from "./auth";
import { timestamptz } from "./columns";
import { comment } from "./comments";
import { project } from "./projects";
import { task } from "./tasks";

const kindCheck = (column: unknown, kinds: readonly string[]) =>
  sql`${column} in (${sql.raw(kinds.map((kind) => `'${kind}'`).join(", "))})`;

/**
 * One thing someone else did that concerns the user (issue #17 item 6), written by the module that makes
 * the change, in its transaction (server/modules/notifications/notify.ts). What it names is kept as it was
 * said (`subject`: the task's title or project's name; `excerpt`: the comment), so the inbox reads in one
 * statement; it goes with its project, task or comment, and with the recipient's membership.
 */
export const notification = pgTable(
  "notification",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    /** Who is told. */
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    /** Who did it; null once their account is deleted ("Deleted user"). */
    actorId: uuid("actor_id").references(() => user.id, { onDelete: "set null" }),
    projectId: uuid("project_id").references(() => project.id, { onDelete: "cascade" }),
    taskId: uuid("task_id").references(() => task.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => comment.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    excerpt: text("excerpt"),
    readAt: timestamptz("read_at"),
    /** To be emailed (the recipient chose this kind by email) and not sent yet. */
    emailPending: boolean("email_pending").default(false).notNull(),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [
    check("notification_kind", kindCheck(table.kind, notificationKinds)),
    // The inbox, newest first, and its unread count.
    index("notification_user_created_idx").on(table.userId, table.createdAt.desc(), table.id.desc()),
    index("notification_unread_idx").on(table.userId).where(sql`${table.readAt} is null`),
    index("notification_email_pending_idx").on(table.createdAt).where(sql`${table.emailPending}`),
    index("notification_project_idx").on(table.projectId, table.userId),
    index("notification_task_idx").on(table.taskId),
    index("notification_comment_idx").on(table.commentId),
  ],
);

/** Which kinds of notification the user also gets by email; no row: DEFAULT_EMAIL_KINDS. */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    emailKinds: text("email_kinds", { enum: emailableKinds }).array().notNull(),
  },
  (table) => [
    check(
      "notification_preference_kinds",
      sql`${table.emailKinds} <@ array[${sql.raw(emailableKinds.map((k) => `'${k}'`).join(", "))}]::text[]`,
    ),
  ],
);

export type NotificationRow = typeof notification.$inferSelect;
