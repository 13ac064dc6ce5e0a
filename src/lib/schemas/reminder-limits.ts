// Shared by the database schema (checks) and the input schemas; no zod here so drizzle-kit can load it.

export const reminderKinds = ["absolute", "relative"] as const;
/** Four weeks before the due time. */
export const REMINDER_MINUTES_BEFORE_MAX = 4 * 7 * 24 * 60;
export const REMINDERS_PER_TASK_MAX = 10;
/** Without a due time, a task is due at this local time for its reminders. */
export const REMINDER_DEFAULT_TIME = "09:00";
