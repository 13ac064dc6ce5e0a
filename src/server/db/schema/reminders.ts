import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { REMINDER_MINUTES_BEFORE_MAX, reminderKinds } from "../../../lib/schemas/reminder-limits";
import { user } from "./auth";
import { timestamptz } from "./columns";
import { task } from "./tasks";

/**
 * A reminder of a task: at a fixed instant (`absolute`), or `minutes_before` its due date and time
 * (`relative`; a task without a time counts as due at 09:00 in the user's zone). `next_at` is the
 * instant of the next delivery, kept up to date whenever the due date moves (reminders/rearm.ts);
 * `sent_at` marks it delivered for that instant, `last_sent_at` survives re-arming.
 */
export const reminder = pgTable(
  "reminder",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id").notNull(),
    taskId: uuid("task_id").notNull(),
    kind: text("kind", { enum: reminderKinds }).notNull(),
    remindAt: timestamptz("remind_at"),
    minutesBefore: integer("minutes_before"),
    /** null: nothing to deliver (a relative reminder of a task that lost its due date). */
    nextAt: timestamptz("next_at"),
    sentAt: timestamptz("sent_at"),
    lastSentAt: timestamptz("last_sent_at"),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [
    // The task together with its owner: a reminder can never point at another user's task.
    foreignKey({ columns: [table.taskId, table.userId], foreignColumns: [task.id, task.userId] }).onDelete("cascade"),
    check(
      "reminder_kind_fields",
      sql`(${table.kind} = 'absolute' and ${table.remindAt} is not null and ${table.minutesBefore} is null)
        or (${table.kind} = 'relative' and ${table.remindAt} is null and ${table.minutesBefore} is not null)`,
    ),
    check(
      "reminder_minutes_before_range",
      sql`${table.minutesBefore} between 0 and ${sql.raw(String(REMINDER_MINUTES_BEFORE_MAX))}`,
    ),
    index("reminder_task_idx").on(table.taskId),
    // The cron's scan: armed reminders by due instant.
    index("reminder_due_idx").on(table.nextAt).where(sql`${table.sentAt} is null and ${table.nextAt} is not null`),
  ],
);

/** A browser's Web Push subscription (one per browser profile; the endpoint is the push service's URL). */
export const pushSubscription = pgTable(
  "push_subscription",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    userAgent: text("user_agent"),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
    lastSuccessAt: timestamptz("last_success_at"),
  },
  (table) => [index("push_subscription_user_idx").on(table.userId)],
);

export type ReminderRow = typeof reminder.$inferSelect;
export type PushSubscriptionRow = typeof pushSubscription.$inferSelect;
