// Task bounds shared with the database schema. Kept free of imports, so that loading the Drizzle schema
// (migrations, drizzle-kit, scripts under plain Node) never loads the repeat-rule parser and its package.

export const TASK_TITLE_MAX = 500;
export const TASK_DESCRIPTION_MAX = 10_000;
export const recurrenceFroms = ["due", "completion"] as const;
