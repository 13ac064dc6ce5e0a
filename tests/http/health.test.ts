import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { relayedDatabase } from "~tests/setup/tcp-proxy";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// The app reaches PostgreSQL through a relay the test can cut, as a network or database outage would.
const relay = relayedDatabase();
const app = setupAppServer({ databaseUrl: relay.databaseUrl });

const database = appDatabase(app);
const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8")) as { entries: { tag: string }[] };

async function health() {
  const response = await fetch(`${app.url}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/health", () => {
  it("is 200 while the database answers, with the version, the latency and every migration applied", async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    const shipped = journal.entries.length;
    expect(body).toEqual({
      ok: true,
      version: expect.stringMatching(/^[0-9a-f]{40}$/),
      db: "up",
      latencyMs: expect.any(Number),
      migrations: { applied: shipped, expected: shipped, pending: [] },
    });
  });

  it("is 503 naming the pending migrations when the database is behind this build", async () => {
    const [last] = await database.query<{ id: number; hash: string; created_at: string }>(
      "delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations) returning *",
    );
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body).toMatchObject({ ok: false, db: "up", migrations: { pending: [journal.entries.at(-1)?.tag] } });
    } finally {
      await database.query("insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)", [
        last?.id,
        last?.hash,
        last?.created_at,
      ]);
    }
    expect((await health()).status).toBe(200);
  });

  it("is 503 with a reason while the database is unreachable, and recovers without a restart", async () => {
    const { proxy } = relay;
    await proxy.cut();

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ ok: false, version: expect.any(String), db: "down", reason: "unreachable" });

    await proxy.restore();

    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ ok: true, db: "up" });
  });

  it("answers a signed-in tRPC call with 503 'Database unavailable' during an outage, not a sign-out", async () => {
    const { proxy } = relay;
    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Outage", email: uniqueEmail("outage"), password: "correct horse battery" });
    await proxy.cut();
    try {
      const response = await browser.query("account.me");
      expect(response.status).toBe(503);
      // The session could not be read, so no tRPC context exists; the id still reaches the user.
      const requestId = response.headers.get("x-request-id");
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await response.json()).toMatchObject({
        error: {
          json: { message: "Database unavailable, try again", data: { code: "SERVICE_UNAVAILABLE", requestId } },
        },
      });
    } finally {
      await proxy.restore();
    }
    expect((await browser.query("account.me")).status).toBe(200);
  });
});
