import { defineConfig } from "drizzle-kit";
import { migrationDatabaseUrl } from "./src/server/db/urls";

// `db:generate` needs no database. `db:studio` opens the database migrations use (DATABASE_URL_UNPOOLED,
// POSTGRES_URL_NON_POOLING, DATABASE_URL, POSTGRES_URL), or the embedded PGlite folder (stop `npm run dev`
// first: PGlite allows one process per folder).
const { DATABASE_URL, DATABASE_URL_UNPOOLED, POSTGRES_URL, POSTGRES_URL_NON_POOLING } = process.env;
const url = migrationDatabaseUrl({ DATABASE_URL, DATABASE_URL_UNPOOLED, POSTGRES_URL, POSTGRES_URL_NON_POOLING });

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema/index.ts",
  out: "./drizzle",
  strict: true,
  verbose: true,
  ...(url
    ? { dbCredentials: { url } }
    : { driver: "pglite", dbCredentials: { url: process.env.PGLITE_DIR ?? ".data/pglite" } }),
});
