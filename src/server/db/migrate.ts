import "server-only";
import path from "node:path";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DatabaseHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/** Applies the SQL migrations in drizzle/ that the database has not seen yet. Idempotent. */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_FOLDER) {
  const config = { migrationsFolder };
  switch (handle.driver) {
    case "pglite":
      return migratePglite(handle.db, config);
    case "pg":
      return migratePg(handle.db, config);
    case "neon":
      return migrateNeon(handle.db, config);
  }
}
