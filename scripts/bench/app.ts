import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { type DatabaseHandle, createDatabase as openDatabase } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from "../../tests/setup/postgres";
import { type AppServer, startApp } from "../../tests/setup/start-app";
import type { Credentials } from "./load";

/** This run's BENCH_SECRET: the app answers /api/bench/* only to requests that carry it. */
const benchSecret = randomBytes(24).toString("base64url");
export const BENCH_HEADERS = { "x-bench-secret": benchSecret };

/**
 * The app a benchmark loads: a production build (made if missing), `next start` with BENCH=1, no request
 * limits (and `env`) on a fresh migrated PostgreSQL database, and a handle on that database for seeding.
 * `stop()` drops it. `appDatabaseUrl` rewrites the URL the app gets (e.g. through a relay the load script cuts).
 */
export async function startBenchApp(
  prefix: string,
  log: (message: string) => void,
  env: Record<string, string> = {},
  appDatabaseUrl: (url: string) => string = (url) => url,
): Promise<{ app: AppServer; handle: DatabaseHandle; stop(): Promise<void> }> {
  if (!existsSync(".next/BUILD_ID")) {
    log("no production build: running `npm run build`…");
    execSync("npm run build", {
      stdio: "inherit",
      env: {
        ...process.env,
        BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret",
      },
    });
  }
  const server = testServerUrl();
  const name = uniqueDatabaseName(prefix);
  log(`database ${name} on ${new URL(server).host}`);
  const url = await createDatabase(server, name);
  const handle = openDatabase({ driver: "pg", url });
  await migrateDatabase(handle);
  log("starting next start with BENCH=1…");
  // No per-user or per-token request limits: a benchmark sends far more than a person would.
  const limitsOff = { API_RATE_LIMIT_PER_MINUTE: "0", MCP_RATE_LIMIT_PER_MINUTE: "0" };
  const app = await startApp({
    DATABASE_URL: appDatabaseUrl(url),
    BENCH: "1",
    BENCH_SECRET: benchSecret,
    ...limitsOff,
    ...env,
  });
  return {
    app,
    handle,
    async stop() {
      await app.stop();
      await handle.close();
      await dropDatabase(server, name);
    },
  };
}

/** The same user as a cookie, a JWT from /api/auth/token and a new personal access token. */
export async function bearerCredentials(baseUrl: string, cookie: string): Promise<Record<string, Credentials>> {
  const jwt = (await (await fetch(`${baseUrl}/api/auth/token`, { headers: { cookie } })).json()) as { token: string };
  const created = await fetch(`${baseUrl}/api/trpc/accessToken.create`, {
    method: "POST",
    headers: { cookie, origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ json: { name: "bench", expiresInDays: 7 } }),
  });
  const { result } = (await created.json()) as { result: { data: { json: { token: string } } } };
  return {
    cookie: { cookie },
    JWT: { authorization: `Bearer ${jwt.token}` },
    "access token": { authorization: `Bearer ${result.data.json.token}` },
  };
}

export async function statementCount(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/bench/statements`, { headers: BENCH_HEADERS });
  return ((await response.json()) as { statements: number }).statements;
}
