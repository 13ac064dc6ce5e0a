import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// Rows aged by SQL stand in for months passing: no cached copy of the session may hide the change. In real
// time the cache keeps a session no longer than its own expiry, which the same trigger caps (session-cache.test.ts).
const app = setupAppServer({ env: { SESSION_CACHE_SECONDS: "0" } });
const database = appDatabase(app);
const DAY_MS = 24 * 60 * 60 * 1000;

async function signedUp(tag: string) {
  const browser = new HttpSession(app.url);
  const email = uniqueEmail(tag);
  await browser.signUp({ name: "Len", email, password: "correct horse battery" });
  const [row] = await database.query<{ id: string }>(
    'select s.id from session s join "user" u on u.id = s.user_id where u.email = $1',
    [email],
  );
  if (!row) throw new Error("no session");
  return { browser, sessionId: row.id };
}

const expiry = async (sessionId: string) =>
  (await database.query<{ expires_at: Date }>("select expires_at from session where id = $1", [sessionId]))[0]
    ?.expires_at;

describe("session lifetime", () => {
  it("slides 30 days ahead when used, but never past 90 days from sign-in", async () => {
    const { browser, sessionId } = await signedUp("lifetime");
    const fresh = (await expiry(sessionId))?.getTime() ?? 0;
    expect(Math.round((fresh - Date.now()) / DAY_MS)).toBe(30);

    // Signed in 89 days ago and last refreshed 2 days ago: even this update is held to sign-in + 90
    // days (one day from now), and so is the refresh of the next visit.
    await database.query(
      "update session set created_at = now() - interval '89 days', updated_at = now() - interval '2 days', expires_at = now() + interval '28 days' where id = $1",
      [sessionId],
    );
    const daysLeft = async () => Math.round((((await expiry(sessionId))?.getTime() ?? 0) - Date.now()) / DAY_MS);
    expect(await daysLeft()).toBe(1);
    expect((await browser.query("account.me")).status).toBe(200);
    expect(await daysLeft()).toBe(1);
    const [row] = await database.query<{ refreshed: boolean }>(
      "select updated_at > now() - interval '1 minute' as refreshed from session where id = $1",
      [sessionId],
    );
    expect(row?.refreshed).toBe(true);
  });

  it("ends a session older than 90 days at once, even one in use every day", async () => {
    const { browser, sessionId } = await signedUp("lifetime-old");
    expect((await browser.query("account.me")).status).toBe(200);
    await database.query("update session set created_at = now() - interval '91 days' where id = $1", [sessionId]);
    expect((await browser.query("account.me")).status).toBe(401);
  });
});
