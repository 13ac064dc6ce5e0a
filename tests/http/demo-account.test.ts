import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { setupAppServer } from "~tests/setup/app-server";
import { runSeed } from "~tests/setup/run-seed";
import { appDatabase } from "./app-database";
import { HttpSession } from "./client";

// The demo account exists here, but this is Vercel's production deployment: never offered.
const app = setupAppServer({ env: { VERCEL_ENV: "production" } });
const database = appDatabase(app);

/** The demo account's rows, counted with plain SQL (not the seed's own summary). */
async function demoRows() {
  const [row] = await database.query<Record<string, string>>(
    `select (select count(*) from "user" where email = $1) as users,
            (select count(*) from project p join "user" u on u.id = p.user_id where u.email = $1) as projects,
            (select count(*) from label l join "user" u on u.id = l.user_id where u.email = $1) as labels,
            (select count(*) from task t join "user" u on u.id = t.user_id where u.email = $1 and t.deleted_at is null) as tasks,
            (select count(*) from task t join "user" u on u.id = t.user_id where u.email = $1 and t.recurrence_rule is not null) as recurring,
            (select count(*) from reminder r join task t on t.id = r.task_id join "user" u on u.id = t.user_id where u.email = $1) as reminders`,
    [DEMO_ACCOUNT.email],
  );
  return row;
}

describe("the sign-in page on a production deployment", () => {
  it("does not offer the demo account, even when it exists", async () => {
    await runSeed(app);
    const response = await fetch(`${app.url}/sign-in`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Sign in to Tasklane");
    expect(html).not.toContain("Try the demo account");
    expect(html).not.toContain("tasklane-demo");
  });

  it("is made by `npm run db:seed` once: a second run gives the same counts and still one account", async () => {
    const first = await demoRows();
    expect(Number(first?.users)).toBe(1);
    expect(Number(first?.tasks)).toBeGreaterThan(20);
    const output = await runSeed(app);
    expect(output).toContain("content replaced");
    expect(await demoRows()).toEqual(first);
  });
});

describe("the demo account's way in stays open for the next visitor", () => {
  it("refuses a new password, a new email, a second factor, a linked provider and signing others out", async () => {
    await runSeed(app);
    const visitor = new HttpSession(app.url);
    const other = new HttpSession(app.url);
    expect((await visitor.signIn(DEMO_ACCOUNT)).status).toBe(200);
    expect((await other.signIn(DEMO_ACCOUNT)).status).toBe(200);

    const attempts = {
      "change-password": { currentPassword: DEMO_ACCOUNT.password, newPassword: "taken over for good" },
      "change-email": { newEmail: "attacker@example.test" },
      "two-factor/enable": { password: DEMO_ACCOUNT.password },
      "link-social": { provider: "github" },
      "revoke-other-sessions": {},
      "revoke-sessions": {},
    };
    for (const [path, body] of Object.entries(attempts)) {
      const response = await visitor.post(`/api/auth/${path}`, body);
      expect(response.status, path).toBe(403);
      expect(await response.json(), path).toMatchObject({ code: "DEMO_ACCOUNT" });
    }

    expect((await other.request("/api/auth/get-session")).status).toBe(200);
    expect(await (await other.request("/api/auth/get-session")).json()).toMatchObject({
      user: { email: DEMO_ACCOUNT.email, twoFactorEnabled: false },
    });
    expect((await new HttpSession(app.url).signIn(DEMO_ACCOUNT)).status).toBe(200);
  });
});
