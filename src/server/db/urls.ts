// Which connection string serves the app and which serves migrations, from the names Neon's Vercel
// integration sets. No "server-only": src/env.ts (loaded by next.config.ts) uses it to check the Vercel rule.

/** The connection variables we understand, as Neon's Vercel integration names them. */
export interface DatabaseUrlVariables {
  /** Pooled (through PgBouncer on Neon): what the app uses. */
  DATABASE_URL?: string | undefined;
  /** Direct: what migrations use (session-level features, no transaction-mode pooler in between). */
  DATABASE_URL_UNPOOLED?: string | undefined;
  /** The Vercel Postgres-era alias of DATABASE_URL, set by the same integration. */
  POSTGRES_URL?: string | undefined;
  /** The Vercel Postgres-era alias of DATABASE_URL_UNPOOLED. */
  POSTGRES_URL_NON_POOLING?: string | undefined;
}

/** The app's connection string: DATABASE_URL, else POSTGRES_URL. Undefined: the embedded PGlite. */
export function appDatabaseUrl(variables: DatabaseUrlVariables): string | undefined {
  return variables.DATABASE_URL ?? variables.POSTGRES_URL;
}

/** The migrator's: the direct URL when there is one (DATABASE_URL_UNPOOLED, POSTGRES_URL_NON_POOLING), else the app's. */
export function migrationDatabaseUrl(variables: DatabaseUrlVariables): string | undefined {
  return variables.DATABASE_URL_UNPOOLED ?? variables.POSTGRES_URL_NON_POOLING ?? appDatabaseUrl(variables);
}

/** Which variable the migrator's URL came from, for its log line (never the URL: it holds a password). */
export function migrationDatabaseUrlSource(variables: DatabaseUrlVariables): keyof DatabaseUrlVariables | undefined {
  const order = ["DATABASE_URL_UNPOOLED", "POSTGRES_URL_NON_POOLING", "DATABASE_URL", "POSTGRES_URL"] as const;
  return order.find((name) => variables[name] !== undefined);
}
