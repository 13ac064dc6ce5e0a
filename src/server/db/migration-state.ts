import "server-only";

export interface JournalEntry {
  tag: string;
  when: number;
}

export interface MigrationState {
  /** Rows in drizzle.__drizzle_migrations. */
  applied: number;
  /** Migrations this build ships (drizzle/meta/_journal.json). */
  expected: number;
  /** This build's migrations the database has not run, by tag. */
  pending: string[];
}

/**
 * Drizzle's migrator runs every journal entry newer than the last one applied (its `created_at` is the
 * entry's `when`), so "pending" is computed the same way rather than by counting rows.
 */
export function migrationState(journal: readonly JournalEntry[], appliedAt: readonly number[]): MigrationState {
  const last = appliedAt.reduce((latest, when) => Math.max(latest, when), Number.NEGATIVE_INFINITY);
  return {
    applied: appliedAt.length,
    expected: journal.length,
    pending: journal.filter((entry) => entry.when > last).map((entry) => entry.tag),
  };
}
