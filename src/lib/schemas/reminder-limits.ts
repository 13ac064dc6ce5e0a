// Shared by the database schema (checks) and the input schemas; no zod here so drizzle-kit can load it.

export const reminderKinds = ["absolute", "relative"] as const;
/** At the due time. */
export const REMINDER_MINUTES_BEFORE_MIN = 0;
/** Four weeks before the due time. */
export const REMINDER_MINUTES_BEFORE_MAX = 4 * 7 * 24 * 60;
export const REMINDERS_PER_TASK_MAX = 10;
/** Without a due time, a task is due at this local time for its reminders. */
export const REMINDER_DEFAULT_TIME = "09:00";
/** An absolute reminder may be set at most this far in the past (a clock a little behind, a slow form). */
export const REMINDER_PAST_GRACE_MS = 60 * 60 * 1000;
/**
 * Reminder emails one user gets per UTC day at most; past it their reminders still go to their browsers
 * (Web Push). Keeps the app's mail from being turned into a bulk sender (README, Security: Reminder emails).
 */
export const REMINDER_EMAILS_PER_DAY = 50;
/** Browsers (push subscriptions) one user keeps; subscribing one more drops the oldest. */
export const PUSH_SUBSCRIPTIONS_PER_USER_MAX = 10;
