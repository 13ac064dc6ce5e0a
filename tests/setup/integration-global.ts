import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase as openDatabase } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from "./postgres";
import { startWsProxy } from "./ws-proxy";

export type TestDatabaseMode = "pglite" | "pg" | "neon";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase:
      | { mode: "pglite"; templateFile: string }
      | { mode: "pg" | "neon"; serverUrl: string; template: string; wsProxyPort: number | null };
  }
}

/** TEST_DB_DRIVER picks the suite's driver; without it, PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
function testDatabaseMode(): TestDatabaseMode {
  const requested = process.env.TEST_DB_DRIVER;
  if (requested === "pglite" || requested === "pg" || requested === "neon") return requested;
  if (requested) throw new Error(`TEST_DB_DRIVER must be pglite, pg or neon (got "${requested}")`);
  return process.env.TEST_DATABASE_URL ? "pg" : "pglite";
}

/**
 * Migrates one template database per run; each test file then starts from a
 * copy of it (PGlite: a dumped data dir; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const started = performance.now();
  const mode = testDatabaseMode();

  if (mode === "pglite") {
    const handle = openDatabase({ driver: "pglite", dataDir: "memory://" });
    if (handle.driver !== "pglite") throw new Error("expected a PGlite handle");
    await migrateDatabase(handle);
    const dump = await handle.client.dumpDataDir("none");
    await handle.close();
    const dir = path.resolve(".test-artifacts");
    mkdirSync(dir, { recursive: true });
    const templateFile = path.join(dir, `pglite-template-${process.pid}.tar`);
    writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
    project.provide("testDatabase", { mode, templateFile });
    console.log(`[tests] PGlite template migrated in ${Math.round(performance.now() - started)} ms`);
    return;
  }

  const serverUrl = testServerUrl();
  const template = uniqueDatabaseName("tasklane_template");
  const templateUrl = await createDatabase(serverUrl, template);
  const handle = openDatabase({ driver: "pg", url: templateUrl });
  await migrateDatabase(handle);
  await handle.close();
  const proxy = mode === "neon" ? await startWsProxy() : null;
  project.provide("testDatabase", { mode, serverUrl, template, wsProxyPort: proxy?.port ?? null });
  console.log(
    `[tests] ${mode} template ${template} on ${new URL(serverUrl).host} in ${Math.round(performance.now() - started)} ms`,
  );

  return async () => {
    await proxy?.close();
    await dropDatabase(serverUrl, template);
  };
}
