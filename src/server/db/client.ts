import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNeon, type NeonDatabase } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import pg from "pg";
import ws from "ws";
import type { DatabaseConfig } from "./config";
import { survivePoolConnectionErrors } from "./connection-errors";
import { endPool } from "./end-pool";
import { listenOnPglite, listenOnServer, type NotificationHandlers, type StopListening } from "./listen";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";
import { timeQueries } from "./timing";

export type Schema = typeof schema;

/** What `db.execute()` returns: every driver we use answers with `{ rows }`. */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: QueryRows<this["row"]>;
}
interface QueryRows<Row> {
  rows: Row[];
}

/** The database type every query function takes, whichever driver serves it. */
export type Database = PgDatabase<RowsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

interface HandleOperations {
  close(): Promise<void>;
  /** LISTEN on `channel` (a fixed identifier, never user input) on a connection of its own (see listen.ts). */
  listen(channel: string, handlers: NotificationHandlers): Promise<StopListening>;
}

export type DatabaseHandle = HandleOperations &
  (
    | { driver: "pglite"; db: PgliteDatabase<Schema>; client: PGlite }
    | { driver: "pg"; db: NodePgDatabase<Schema>; client: pg.Pool }
    | { driver: "neon"; db: NeonDatabase<Schema>; client: NeonPool }
  );

const poolOptions = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 10_000,
};

export interface DatabaseOptions {
  /** A dump made by `dumpDataDir()` to start PGlite from (tests copy one migrated database per file). */
  loadDataDir?: Blob | File;
  /** Called for every SQL statement (the benchmark counts them). */
  onQuery?: (query: string) => void;
  /** A direct (unpooled) connection string for LISTEN on a server; the pool's own URL when unset. */
  listenUrl?: string;
}

/** Opens a database for a configuration. The app keeps one per process (see index.ts). */
export function createDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): DatabaseHandle {
  timeQueries();
  const onQuery = options.onQuery;
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : false;
  switch (config.driver) {
    case "pglite": {
      const inMemory = config.dataDir.startsWith("memory://");
      const release = inMemory ? () => {} : prepareDataDir(config.dataDir);
      const client = new PGlite(config.dataDir, { loadDataDir: options.loadDataDir });
      return {
        driver: "pglite",
        client,
        db: drizzlePglite({ client, schema, logger }),
        close: async () => {
          if (!client.closed) await client.close();
          release();
        },
        listen: (channel, handlers) => listenOnPglite(client, channel, handlers),
      };
    }
    case "pg": {
      const client = new pg.Pool({ connectionString: config.url, ...poolOptions });
      survivePoolConnectionErrors(client);
      return {
        driver: "pg",
        client,
        db: drizzlePg({ client, schema, logger }),
        close: () => endPool(client),
        listen: (channel, handlers) => listenOnServer("pg", options.listenUrl ?? config.url, channel, handlers),
      };
    }
    case "neon": {
      if (!neonConfig.webSocketConstructor) neonConfig.webSocketConstructor = ws;
      const client = new NeonPool({ connectionString: config.url, ...poolOptions });
      survivePoolConnectionErrors(client);
      return {
        driver: "neon",
        client,
        db: drizzleNeon({ client, schema, logger }),
        close: () => endPool(client),
        listen: (channel, handlers) => listenOnServer("neon", options.listenUrl ?? config.url, channel, handlers),
      };
    }
  }
}

function prepareDataDir(dataDir: string): () => void {
  // PGlite does not create parent folders.
  mkdirSync(dataDir, { recursive: true });
  return acquirePgliteLock(dataDir);
}
