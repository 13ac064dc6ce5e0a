import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./postgres";
import { type AppServer, startApp } from "./start-app";

export { type AppServer, startApp } from "./start-app";

/**
 * For a test file: a copy of the migrated template database and the app
 * running on it (over `pg`). `databaseUrl` may be rewritten, e.g. to go through a proxy.
 */
export function setupAppServer(options: { databaseUrl?: (url: string) => string | Promise<string> } = {}) {
  const { serverUrl, template } = inject("appDatabase");
  const name = uniqueDatabaseName("tasklane_app");
  let app: AppServer | undefined;

  beforeAll(async () => {
    const url = await createDatabase(serverUrl, name, template);
    app = await startApp({ DATABASE_URL: options.databaseUrl ? await options.databaseUrl(url) : url });
  });

  afterAll(async () => {
    await app?.stop();
    await dropDatabase(serverUrl, name);
  });

  return {
    get url(): string {
      if (!app) throw new Error("setupAppServer(): the app runs only inside tests");
      return app.url;
    },
    get databaseName() {
      return name;
    },
  };
}
