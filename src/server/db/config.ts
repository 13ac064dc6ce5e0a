import "server-only";

export type DatabaseDriver = "pglite" | "pg" | "neon";

export type DatabaseConfig =
  | { driver: "pglite"; dataDir: string }
  | { driver: "pg"; url: string }
  | { driver: "neon"; url: string };

interface DatabaseVariables {
  url: string | undefined;
  driver: DatabaseDriver | undefined;
  pgliteDir: string;
}

/**
 * Which driver serves a connection string: PGlite when there is none, Neon's
 * WebSocket Pool for Neon hosts (transactions work, unlike neon-http), `pg` for
 * every other PostgreSQL server. DATABASE_DRIVER overrides the guess.
 */
export function resolveDatabaseConfig({ url, driver, pgliteDir }: DatabaseVariables): DatabaseConfig {
  if (driver === "pglite" || (!url && !driver)) return { driver: "pglite", dataDir: pgliteDir };
  if (!url) throw new Error(`DATABASE_DRIVER=${driver} needs DATABASE_URL to be set.`);
  if (driver) return { driver, url };
  return { driver: isNeonHost(url) ? "neon" : "pg", url };
}

function isNeonHost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "neon.tech" || host.endsWith(".neon.tech");
}
