import "server-only";
import { env } from "@/env";
import { createDatabase, type Database, type DatabaseHandle } from "./client";
import { resolveDatabaseConfig } from "./config";
import type { NotificationHandlers, StopListening } from "./listen";
import { migrateDatabase } from "./migrate";
import { appDatabaseUrl, migrationDatabaseUrl } from "./urls";

export type { Database } from "./client";

interface ProcessDatabase {
  handle: DatabaseHandle;
  /** Resolves once the database can take queries (PGlite: migrations applied). */
  ready: Promise<void>;
  /** SQL statements run so far; counted only when BENCH=1. */
  counter: { statements: number };
}

// One instance per process, kept on globalThis so dev hot reloads and the separate
// bundles of instrumentation, route handlers and pages all share it.
const globalForDb = globalThis as typeof globalThis & { tasklaneDb?: ProcessDatabase };

function processDatabase(): ProcessDatabase {
  if (globalForDb.tasklaneDb) return globalForDb.tasklaneDb;
  const config = resolveDatabaseConfig({
    url: appDatabaseUrl(env),
    driver: env.DATABASE_DRIVER,
    pgliteDir: env.PGLITE_DIR,
  });
  const counter = { statements: 0 };
  const handle = createDatabase(config, {
    // LISTEN needs a session of its own: the direct URL, as migrations use (Neon's pooler drops sessions).
    listenUrl: migrationDatabaseUrl(env),
    onQuery: env.BENCH
      ? () => {
          counter.statements += 1;
        }
      : undefined,
  });
  // Servers are migrated by `npm run db:migrate` (or the deploy); the embedded database migrates itself.
  const ready = handle.driver === "pglite" ? migrateDatabase(handle) : Promise.resolve();
  const created: ProcessDatabase = { handle, ready, counter };
  globalForDb.tasklaneDb = created;
  return created;
}

/**
 * Closes the pool (or PGlite, releasing its lock) if this process opened one: on a server's SIGTERM,
 * and at the end of scripts. A later use opens a new one.
 */
export async function closeDatabase(): Promise<void> {
  const opened = globalForDb.tasklaneDb;
  if (!opened) return;
  globalForDb.tasklaneDb = undefined;
  await opened.ready.catch(() => {});
  await opened.handle.close();
}

/** Waits until the process database is ready (PGlite migrated). Called at server start. */
export function databaseReady(): Promise<void> {
  return processDatabase().ready;
}

/** LISTEN on the process database (once it is ready), on a connection of its own. */
export async function listenToDatabase(channel: string, handlers: NotificationHandlers): Promise<StopListening> {
  const opened = processDatabase();
  await opened.ready;
  return opened.handle.listen(channel, handlers);
}

/** How many SQL statements this process has run (BENCH=1 only; 0 otherwise). */
export function statementCount(): number {
  return processDatabase().counter.statements;
}

/**
 * The process database. Opened on first use, never at import, so `next build`
 * (which imports route modules) opens no database.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real: Database = processDatabase().handle.db;
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
