// npm run db:migrate: applies drizzle/ to the configured database with the app's own migrator.
// Servers: DATABASE_URL_UNPOOLED (as Neon's Vercel integration sets it) or DATABASE_URL. Neither: the embedded PGlite.
import { sql } from "drizzle-orm";
import { env } from "@/env";
import { createDatabase, type DatabaseHandle } from "@/server/db/client";
import { resolveDatabaseConfig } from "@/server/db/config";
import { migrateDatabase } from "@/server/db/migrate";

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

async function main() {
  const config = resolveDatabaseConfig({
    url: env.DATABASE_URL_UNPOOLED ?? env.DATABASE_URL,
    driver: env.DATABASE_DRIVER,
    pgliteDir: env.PGLITE_DIR,
  });
  const target = config.driver === "pglite" ? config.dataDir : new URL(config.url).host;
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
