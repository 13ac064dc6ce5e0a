import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// Security regressions (issue #15): the server posted Web Push requests to any https URL a user gave,
// and emailed reminders dated in the past, with subjects the user wrote, to unverified addresses.
const CRON_SECRET = "http-test-cron-secret-0123456789";
const app = setupAppServer({ env: { CRON_SECRET } });
const { outbox, query } = appDatabase(app);

async function signedIn(tag: string) {
  const browser = new HttpSession(app.url);
  const email = uniqueEmail(tag);
  expect((await browser.signUp({ name: "Mallory", email, password: "correct horse battery" })).status).toBe(200);
  return { browser, email };
}

/** A tRPC mutation over HTTP as the browser's link sends it: its status and the error's message, if any. */
async function mutate(browser: HttpSession, path: string, input: unknown) {
  const response = await browser.post(`/api/trpc/${path}`, superjson.serialize(input));
  const body = (await response.json()) as { result?: { data: Parameters<typeof superjson.deserialize>[0] } };
  return {
    status: response.status,
    result: body.result ? superjson.deserialize<{ id: string }>(body.result.data) : null,
  };
}

const keys = {
  p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
  auth: "tBHItJI5svbpez7KI4CCXg",
};

describe("push.subscribe", () => {
  let subscriber: Promise<{ browser: HttpSession }> | undefined;
  const oneSubscriber = () => {
    subscriber ??= signedIn("ssrf");
    return subscriber;
  };

  it.each([
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.1/push",
    "https://[::1]/push",
    "https://localhost/push",
  ])("refuses %s: the server would post reminders to it", async (endpoint) => {
    const { browser } = await oneSubscriber();
    const response = await mutate(browser, "push.subscribe", { endpoint, keys });
    expect(response.status).toBe(400);
    expect(await query("select 1 from push_subscription where endpoint = $1", [endpoint])).toEqual([]);
  });

  it("accepts a push service's endpoint", async () => {
    const { browser } = await oneSubscriber();
    const endpoint = `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`;
    expect((await mutate(browser, "push.subscribe", { endpoint, keys })).status).toBe(200);
  });
});

describe("reminder emails", () => {
  it("refuses an absolute reminder more than an hour in the past", async () => {
    const { browser } = await signedIn("backdated");
    const task = await mutate(browser, "task.create", { title: "Backdated" });
    const response = await mutate(browser, "reminder.create", {
      taskId: task.result?.id,
      absolute: new Date(Date.now() - 2 * 60 * 60_000),
    });
    expect(response.status).toBe(400);
  });

  it("sends none to an unverified address", async () => {
    const { browser, email } = await signedIn("unverified");
    const task = await mutate(browser, "task.create", { title: "Claim your prize at attacker.test" });
    expect(
      (await mutate(browser, "reminder.create", { taskId: task.result?.id, absolute: new Date(Date.now() - 60_000) }))
        .status,
    ).toBe(200);

    const run = await fetch(`${app.url}/api/cron/reminders`, { headers: { authorization: `Bearer ${CRON_SECRET}` } });

    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ emailed: 0 });
    expect((await outbox(email)).filter((message) => message.subject.startsWith("Reminder:"))).toEqual([]);
  });
});
