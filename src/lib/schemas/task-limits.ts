// Task bounds shared with the database schema. Kept free of imports, so that loading the Drizzle schema
// (migrations, drizzle-kit, scripts under plain Node) never loads the repeat-rule parser and its package.

export const TASK_TITLE_MAX = 500;
export const TASK_DESCRIPTION_MAX = 10_000;
/**
 * A quick-add line: a title plus the parts recognised in it (dates, repeats, p1, #project, @labels). Only
 * the browser reads the line; the task it becomes is checked like every other (a title of TASK_TITLE_MAX at most).
 */
export const QUICK_ADD_LINE_MAX = 2 * TASK_TITLE_MAX;
export const recurrenceFroms = ["due", "completion"] as const;
