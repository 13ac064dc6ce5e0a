import { defineConfig } from "drizzle-kit";

// `db:generate` needs no database. `db:studio` opens DATABASE_URL_UNPOOLED, DATABASE_URL, or the embedded PGlite
// folder (stop `npm run dev` first: PGlite allows one process per folder).
const url = process.env.DATABASE_URL_UNPOOLED ?? process.env.DATABASE_URL;

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
