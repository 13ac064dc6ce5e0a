import "server-only";

/**
 * Rows per multi-row insert: a task row has about 16 columns, and Postgres takes at most 65,535 parameters
 * per statement; 500 rows stay far below it and keep each statement short.
 */
export const INSERT_BATCH_ROWS = 500;

/** Runs `insert` on consecutive slices of `rows`, in order (a parent's batch before its subtasks'). */
export async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH_ROWS) {
    await insert(rows.slice(start, start + INSERT_BATCH_ROWS));
  }
}
