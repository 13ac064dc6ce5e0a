import "server-only";
import { sql } from "drizzle-orm";
import { log } from "@/server/log";
import { isConnectionFailure } from "@/server/trpc/errors";
import journal from "../../../drizzle/meta/_journal.json";
import { databaseReady, db } from "./index";
import { type MigrationState, migrationState } from "./migration-state";

const HEALTH_TIMEOUT_MS = 3_000;

export type DatabaseHealth =
  | { up: true; latencyMs: number; migrations: MigrationState }
  | { up: false; reason: "timeout" | "unreachable" | "error" };

/** One round trip to the database (its latency), then the migrations it has run; bounded in time. Never throws. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), HEALTH_TIMEOUT_MS);
  });
  try {
    const probe = databaseReady().then(probeDatabase);
    const outcome = await Promise.race([probe, timeout]);
    if (outcome === "timeout") {
      probe.catch(() => {}); // it may still fail later; nobody is waiting for it
      return { up: false, reason: "timeout" };
    }
    return { up: true, ...outcome };
  } catch (error) {
    log.warn("database check failed", { error: error instanceof Error ? error.message : String(error) });
    return { up: false, reason: isConnectionFailure(error) ? "unreachable" : "error" };
  } finally {
    clearTimeout(timer);
  }
}

async function probeDatabase(): Promise<{ latencyMs: number; migrations: MigrationState }> {
  // The first round trip doubles as the latency probe (as cheap as `select 1`).
  const started = performance.now();
  const exists = await db.execute<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  const latencyMs = Math.round(performance.now() - started);
  const applied = exists.rows[0]?.present ? await appliedMigrations() : [];
  return { latencyMs, migrations: migrationState(journal.entries, applied) };
}

/** When each applied migration was created (Drizzle stores its journal entry's `when`). */
async function appliedMigrations(): Promise<number[]> {
  const rows = await db.execute<{ created_at: string | number }>(
    sql`select created_at from drizzle.__drizzle_migrations`,
  );
  return rows.rows.map((row) => Number(row.created_at));
}
