// npm run db:migrate: applies drizzle/ to the configured database with the app's own migrator.
// Servers: the direct URL (DATABASE_URL_UNPOOLED, POSTGRES_URL_NON_POOLING), else the pooled one (DATABASE_URL,
// POSTGRES_URL); see src/server/db/urls.ts. None: the embedded PGlite, except on Vercel, where that is an error.
import { sql } from "drizzle-orm";
import { env } from "@/env";
import { createDatabase, type DatabaseHandle } from "@/server/db/client";
import { type DatabaseConfig, resolveDatabaseConfig } from "@/server/db/config";
import { migrateDatabase } from "@/server/db/migrate";
import { migrationDatabaseUrl, migrationDatabaseUrlSource } from "@/server/db/urls";

async function appliedCount(handle: DatabaseHandle): Promise<number> {
  try {
    const result = await handle.db.execute<{ count: number }>(
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    return result.rows[0]?.count ?? 0;
  } catch {
    return 0; // no migrations table yet
  }
}

/** A build container's disk is thrown away: migrating a PGlite folder there would hide a missing database. */
function refusePgliteOnVercel(config: DatabaseConfig) {
  if (config.driver === "pglite" && env.VERCEL) {
    throw new Error(
      "No database to migrate: on Vercel set DATABASE_URL (and DATABASE_URL_UNPOOLED for migrations), " +
        "e.g. by adding the Neon integration to the project. Refusing to migrate an embedded PGlite folder.",
    );
  }
}

async function main() {
  const config = resolveDatabaseConfig({
    url: migrationDatabaseUrl(env),
    driver: env.DATABASE_DRIVER,
    pgliteDir: env.PGLITE_DIR,
  });
  refusePgliteOnVercel(config);
  const target =
    config.driver === "pglite"
      ? config.dataDir
      : `${new URL(config.url).host} (from ${migrationDatabaseUrlSource(env) ?? "?"})`;
  console.log(`[migrate] ${config.driver} at ${target}`);
  const handle = createDatabase(config);
  const started = performance.now();
  try {
    const before = await appliedCount(handle);
    console.log(`[migrate] ${before} migration(s) already applied; applying the rest…`);
    await migrateDatabase(handle);
    const after = await appliedCount(handle);
    console.log(
      `[migrate] applied ${after - before}, ${after} in total (${Math.round(performance.now() - started)} ms)`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("[migrate] failed:", error);
  process.exit(1);
});
