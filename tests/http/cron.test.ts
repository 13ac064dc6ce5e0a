import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const CRON_SECRET = "http-test-cron-secret-0123456789";
const app = setupAppServer({ env: { CRON_SECRET } });
const { outbox, query } = appDatabase(app);

/** A tRPC mutation over HTTP as the browser's link sends it; the result's data. */
async function mutate<T>(browser: HttpSession, path: string, input: unknown): Promise<T> {
  const response = await browser.post(`/api/trpc/${path}`, superjson.serialize(input));
  const body = (await response.json()) as { result?: { data: Parameters<typeof superjson.deserialize>[0] } };
  if (!body.result) throw new Error(`${path} failed: ${response.status}`);
  return superjson.deserialize<T>(body.result.data);
}

const cron = (authorization?: string, job = "reminders") =>
  fetch(`${app.url}/api/cron/${job}`, { headers: authorization ? { authorization } : {} });

/** An MCP client registering itself, as anyone may (RFC 7591); its client id. */
async function registerClient(name: string): Promise<string> {
  const response = await fetch(`${app.url}/api/auth/oauth2/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_name: name,
      redirect_uris: ["http://127.0.0.1:33418/callback"],
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code"],
      response_types: ["code"],
    }),
  });
  expect(response.status).toBe(201);
  return String(((await response.json()) as { client_id: unknown }).client_id);
}

describe("GET /api/cron/reminders", () => {
  it("needs the cron secret", async () => {
    expect((await cron()).status).toBe(401);
    expect((await cron(`Bearer ${CRON_SECRET}-wrong`)).status).toBe(401);
    expect((await cron(CRON_SECRET)).status).toBe(401);
  });

  it("emails a due reminder once; the next run sends nothing", async () => {
    const browser = new HttpSession(app.url);
    const email = uniqueEmail("reminded");
    expect((await browser.signUp({ name: "Rita", email, password: "correct horse battery" })).status).toBe(200);
    // Reminder emails go to verified addresses only (reminder-abuse.test.ts has the unverified case).
    await query('update "user" set email_verified = true where email = $1', [email]);
    const task = await mutate<{ id: string }>(browser, "task.create", { title: "Send the invoice" });
    await mutate(browser, "reminder.create", { taskId: task.id, absolute: new Date(Date.now() - 60_000) });

    const first = await cron(`Bearer ${CRON_SECRET}`);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ claimed: 1, emailed: 1, pushed: 0 });
    const second = await cron(`Bearer ${CRON_SECRET}`);
    expect(await second.json()).toMatchObject({ claimed: 0, emailed: 0 });

    const reminders = (await outbox(email)).filter((message) => message.subject.startsWith("Reminder:"));
    expect(reminders).toEqual([
      { subject: "Reminder: Send the invoice", text: expect.stringContaining(`${app.url}/?task=${task.id}`) },
    ]);
  });
});

describe("GET /api/cron/cleanup", () => {
  it("needs the cron secret", async () => {
    expect((await cron(undefined, "cleanup")).status).toBe(401);
  });

  it("deletes a client that registered itself over a day ago and was never connected; keeps a new one", async () => {
    const stale = await registerClient("Stale client");
    const fresh = await registerClient("Fresh client");
    await query("update oauth_client set created_at = now() - interval '25 hours' where client_id = $1", [stale]);

    const response = await cron(`Bearer ${CRON_SECRET}`, "cleanup");

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({
      clients: 1,
      accessTokens: 0,
      refreshTokens: 0,
      rateLimits: expect.any(Number),
    });
    const left = await query<{ client_id: string }>(
      "select client_id from oauth_client where client_id = any($1::text[])",
      [[stale, fresh]],
    );
    expect(left).toEqual([{ client_id: fresh }]);
  });
});
