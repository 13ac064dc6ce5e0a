import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, type DatabaseHandle, createDatabase as openDatabase } from "@/server/db/client";
import { routeNeonThroughLocalProxy } from "./neon";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./postgres";

/**
 * A fresh, migrated database for one test file, of the kind the run asks for
 * (PGlite by default; PostgreSQL through `pg` or the Neon driver in CI).
 * Call at the top of a file; use `database.db` inside tests.
 */
export function setupTestDatabase() {
  const config = inject("testDatabase");
  let handle: DatabaseHandle | undefined;
  let cleanup: () => Promise<void> = async () => {};
  // Every SQL statement the file's database runs, through the app's own `onQuery` hook (as the bench counts).
  const counter = { statements: 0 };
  const onQuery = () => {
    counter.statements += 1;
  };

  beforeAll(async () => {
    if (config.mode === "pglite") {
      const dump = new Blob([readFileSync(config.templateFile)]);
      handle = openDatabase({ driver: "pglite", dataDir: "memory://" }, { loadDataDir: dump, onQuery });
      return;
    }
    const name = uniqueDatabaseName("tasklane_test");
    const url = await createDatabase(config.serverUrl, name, config.template);
    if (config.mode === "neon") {
      if (config.wsProxyPort === null) throw new Error("the Neon suite needs the WebSocket proxy");
      routeNeonThroughLocalProxy(config.wsProxyPort);
    }
    handle = openDatabase({ driver: config.mode, url }, { onQuery });
    cleanup = () => dropDatabase(config.serverUrl, name);
  });

  afterAll(async () => {
    await handle?.close();
    await cleanup();
  });

  return {
    mode: config.mode,
    get handle(): DatabaseHandle {
      if (!handle) throw new Error("setupTestDatabase(): the database is ready only inside tests");
      return handle;
    },
    get db(): Database {
      return this.handle.db;
    },
    /** Runs `work` and returns its result with how many SQL statements it ran. */
    async countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      const before = counter.statements;
      const result = await work();
      return { result, statements: counter.statements - before };
    },
  };
}
