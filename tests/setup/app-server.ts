import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./postgres";
import { type AppServer, startApp } from "./start-app";
import { relayTarget, startTcpProxy, type TcpProxy, throughRelay } from "./tcp-proxy";

export { type AppServer, startApp } from "./start-app";

/**
 * For a test file: a copy of the migrated template database and the app
 * running on it (over `pg`). `databaseUrl` may be rewritten, e.g. to go through a proxy. `env` as a
 * function is read when the app starts (after other beforeAll hooks, e.g. a fake OAuth provider's).
 */
export function setupAppServer(
  options: {
    databaseUrl?: (url: string) => string | Promise<string>;
    /** Extra environment for this app (OAuth providers, EMAIL_VERIFICATION_REQUIRED, …). */
    env?: Record<string, string | undefined> | (() => Record<string, string | undefined>);
    /** Through `npm start`, as a host runs it (see startApp). */
    viaNpmStart?: boolean;
  } = {},
) {
  const { serverUrl, template } = inject("appDatabase");
  const name = uniqueDatabaseName("tasklane_app");
  let app: AppServer | undefined;

  beforeAll(async () => {
    const url = await createDatabase(serverUrl, name, template);
    const extra = typeof options.env === "function" ? options.env() : options.env;
    app = await startApp(
      { ...extra, DATABASE_URL: options.databaseUrl ? await options.databaseUrl(url) : url },
      { viaNpmStart: options.viaNpmStart },
    );
  });

  afterAll(async () => {
    await app?.stop();
    await dropDatabase(serverUrl, name);
  });

  return {
    get url(): string {
      return this.server.url;
    },
    /** The running process: its output (stdout and stderr) and a way to stop it. */
    get server(): AppServer {
      if (!app) throw new Error("setupAppServer(): the app runs only inside tests");
      return app;
    },
    get databaseName() {
      return name;
    },
  };
}

/**
 * For setupAppServer()'s `databaseUrl`: the app reaches its database through a relay the test can cut or
 * hold. Call at the top of a file; the relay closes after the file.
 */
export function relayedDatabase() {
  let proxy: TcpProxy | undefined;
  afterAll(async () => {
    await proxy?.close();
  });
  return {
    async databaseUrl(url: string): Promise<string> {
      proxy = await startTcpProxy(relayTarget(url));
      return throughRelay(url, proxy.port);
    },
    get proxy(): TcpProxy {
      if (!proxy) throw new Error("the relay starts with the app, before the tests");
      return proxy;
    },
  };
}
