import { afterAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { startTcpProxy } from "~tests/setup/tcp-proxy";
import { HttpSession, uniqueEmail } from "./client";

let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;

// The app reaches PostgreSQL through a relay the test can cut, as a network or database outage would.
const app = setupAppServer({
  databaseUrl: async (url) => {
    const parsed = new URL(url);
    proxy = await startTcpProxy({ host: parsed.hostname, port: Number(parsed.port || 5432) });
    parsed.host = `127.0.0.1:${proxy.port}`;
    return parsed.toString();
  },
});

afterAll(async () => {
  await proxy?.close();
});

async function health() {
  const response = await fetch(`${app.url}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/health", () => {
  it("is 200 while the database answers", async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, db: "up" });
  });

  it("is 503 with a reason while the database is unreachable, and recovers without a restart", async () => {
    if (!proxy) throw new Error("proxy not started");
    await proxy.cut();

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ ok: false, db: "down", reason: "unreachable" });

    await proxy.restore();

    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ ok: true, db: "up" });
  });

  it("answers a signed-in tRPC call with 503 'Database unavailable' during an outage, not a sign-out", async () => {
    if (!proxy) throw new Error("proxy not started");
    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Outage", email: uniqueEmail("outage"), password: "correct horse battery" });
    await proxy.cut();
    try {
      const response = await browser.query("account.me");
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        error: { json: { message: "Database unavailable, try again", data: { code: "SERVICE_UNAVAILABLE" } } },
      });
    } finally {
      await proxy.restore();
    }
    expect((await browser.query("account.me")).status).toBe(200);
  });
});
