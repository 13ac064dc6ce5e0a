import { describe, expect, it } from "vitest";
import { relayedDatabase, setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

// Through a relay that can hold the database's answers, so requests are still running when SIGTERM comes.
// Started by `npm start`, and the signal goes to npm, as a container host sends it to its first process.
const relay = relayedDatabase();
const app = setupAppServer({ databaseUrl: relay.databaseUrl, viaNpmStart: true });

const IN_FLIGHT = 20;

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("SIGTERM", () => {
  it("lets 20 requests in flight finish, closes the database and exits 0 within 10 s", async () => {
    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Drain", email: uniqueEmail("drain"), password: "correct horse battery" });

    // A call first: the session is then cached (5 s), so each of the 20 waits on its own statement, not all on
    // one shared read of the session (the cache reads a session once for requests that arrive together).
    expect((await browser.query("account.me")).status).toBe(200);
    // The database stops answering: 10 calls wait on it (the pool's 10 connections), 10 for a connection.
    const { proxy } = relay;
    proxy.hold();
    const calls = Array.from({ length: IN_FLIGHT }, () => browser.query("account.me"));
    await until(() => proxy.held >= 10, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // nothing moves; the rest are surely parsed
    const stopped = app.server.terminate();
    await new Promise((resolve) => setTimeout(resolve, 300));
    proxy.release();

    const responses = await Promise.all(calls);
    expect(responses.map((response) => response.status)).toEqual(Array(IN_FLIGHT).fill(200));
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    const output = app.server.output();
    expect(output).toContain(`"msg":"shutdown started","signal":"SIGTERM","inFlight":${IN_FLIGHT}`);
    expect(output).toContain('"msg":"shutdown complete"');
    console.info(`[shutdown] ${IN_FLIGHT} requests answered, exit ${code} after ${Math.round(ms)} ms`);
  });
});
