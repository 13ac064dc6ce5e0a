import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { createDatabase as openDatabase } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    appDatabase: { serverUrl: string; template: string };
  }
}

/** The HTTP and e2e suites run the built app (`next start`), each file on its own copy of a migrated database. */
export default async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build: run `npm run build` before the HTTP and e2e suites.");
  }
  const serverUrl = testServerUrl();
  const template = uniqueDatabaseName("tasklane_app_template");
  const handle = openDatabase({ driver: "pg", url: await createDatabase(serverUrl, template) });
  await migrateDatabase(handle);
  await handle.close();
  project.provide("appDatabase", { serverUrl, template });
  return () => dropDatabase(serverUrl, template);
}
