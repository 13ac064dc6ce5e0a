import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { relayedDatabase, setupAppServer } from "~tests/setup/app-server";
import {
  ACKNOWLEDGED_TASKS_SQL,
  checkAcknowledgedWrites,
  signUpTrafficUser,
  TaskTrafficClient,
  type TrafficCall,
} from "~tests/setup/task-traffic";
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

describe("a database connection lost in the middle of write transactions", () => {
  /** Waits (bounded) until `done()` holds, checking after each answer the traffic gets. */
  async function until(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`not seen in 30 s: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("answers 503, never 500 nor an uncaught exception, recovers without a restart and keeps every acknowledged write", async () => {
    const { proxy } = relay;
    const sessions = await Promise.all(["Ada", "Grace", "Barbara"].map((name) => signUpTrafficUser(app.url, name)));
    // Two clients on each user, each creating and renaming its own tasks: transactions always in flight.
    const clients = sessions.flatMap((session, user) =>
      [0, 1].map((each) => new TaskTrafficClient(session, `user ${user} client ${each}`)),
    );
    const before = app.server.output().length;
    const calls: (TrafficCall & { phase: "before" | "cut" | "after" })[] = [];
    let phase: "before" | "cut" | "after" = "before";
    let running = true;
    const traffic = clients.map(async (client, index) => {
      while (running) {
        const call = await (index % 2 === 0 ? client.create() : client.update());
        calls.push({ ...call, phase });
      }
    });
    try {
      await until(() => calls.filter((call) => call.status === 200).length >= 12, "12 acknowledged writes");
      // Cut in the same tick that at least two connections are between their begin and their commit.
      expect(await proxy.cutInTransactions(2)).toBeGreaterThanOrEqual(2);
      phase = "cut";
      await until(() => calls.filter((call) => call.phase === "cut").length >= 12, "12 writes while cut");
      await proxy.restore();
      phase = "after";
      await until(
        () => calls.filter((call) => call.phase === "after" && call.status === 200).length >= 12,
        "12 acknowledged writes after the database came back",
      );
    } finally {
      running = false;
      await Promise.all(traffic);
    }

    const output = app.server.output().slice(before).split("\n");
    expect.soft(output.filter((line) => /uncaughtException|unhandledRejection/.test(line))).toEqual([]);
    expect.soft(output.filter((line) => line.includes("[db] connection lost")).length).toBeGreaterThan(0);
    // Only 200 and 503 ("database unavailable, try again"), whenever the call ended.
    expect.soft(calls.filter((call) => call.status !== 200 && call.status !== 503)).toEqual([]);
    expect(calls.filter((call) => call.phase === "cut" && call.status === 503).length).toBeGreaterThan(0);

    const written = await checkAcknowledgedWrites(clients, async (ids) =>
      database.query(ACKNOWLEDGED_TASKS_SQL, [ids]),
    );
    expect(written.checked).toBeGreaterThanOrEqual(12);
    expect(written).toMatchObject({ missing: [], behind: [] });
  }, 120_000);
});
