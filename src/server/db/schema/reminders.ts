import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { REMINDER_MINUTES_BEFORE_MAX, reminderKinds } from "../../../lib/schemas/reminder-limits";
import { user } from "./auth";
import { timestamps, timestamptz } from "./columns";
import { task } from "./tasks";

/**
 * A reminder of a task: at a fixed instant (`absolute`), or `minutes_before` its due date and time
 * (`relative`; a task without a time counts as due at 09:00 in the user's zone). `next_at` is the
 * instant of the next delivery, kept up to date whenever the due date moves (reminders/rearm.ts);
 * `sent_at` marks it delivered for that instant, `last_sent_at` survives re-arming.
 *
 * Delivery (reminders/claim.ts): a cron run leases a due reminder (`claim_id`, `locked_until`), sends it,
 * then sets `sent_at` only if it still holds the lease; a reminder it could not deliver is released at
 * once (the run's deadline) or after a back-off (`locked_until`, `attempts`); a run that died leaves a
 * lease that simply expires.
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
    /** The cron run that holds this reminder now; null when none does. */
    claimId: uuid("claim_id"),
    /** No run may claim it before this instant: the holder's lease, or the back-off after a failed attempt. */
    lockedUntil: timestamptz("locked_until"),
    /** Failed deliveries of the current instant (reset when it is re-armed). */
    attempts: integer("attempts").default(0).notNull(),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [
    // Reminders are personal: each member of a shared project sets their own on its tasks.
    foreignKey({ columns: [table.taskId], foreignColumns: [task.id] }).onDelete("cascade"),
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

/**
 * Reminder emails sent to a user on a UTC day, counted before each send so the daily cap
 * (REMINDER_EMAILS_PER_DAY) holds under concurrent cron runs. Days before yesterday are pruned.
 */
export const reminderEmailCount = pgTable(
  "reminder_email_count",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    sent: integer("sent").notNull(),
    ...timestamps,
  },
  (table) => [primaryKey({ columns: [table.userId, table.day] })],
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
