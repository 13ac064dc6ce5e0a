import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase, linkIn } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();
const sql = appDatabase(app);
const password = "correct horse battery";

type TrpcBody = {
  result?: { data: Parameters<typeof superjson.deserialize>[0] };
  error?: { json: { data: { code: string } } };
};

async function dataOf<T>(response: Response): Promise<T> {
  const body = (await response.json()) as TrpcBody;
  if (!body.result) throw new Error(`no result: ${JSON.stringify(body)}`);
  return superjson.deserialize<T>(body.result.data);
}

const mutate = (browser: HttpSession, path: string, input?: unknown) =>
  browser.post(`/api/trpc/${path}`, superjson.serialize(input));

const taskListPath = `/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify(superjson.serialize({})))}`;

/** One user signed up in browser A and signed in again in browser B. */
async function twoBrowsers(tag: string) {
  // This file signs in far more than 5 times a minute from one address; the limit has its own test.
  await sql.query("delete from rate_limit");
  const email = uniqueEmail(tag);
  const a = new HttpSession(app.url);
  expect((await a.signUp({ name: tag, email, password })).status).toBe(200);
  const b = new HttpSession(app.url);
  expect((await b.signIn({ email, password })).status).toBe(200);
  return { email, a, b };
}

type SessionJson = { id: string; current: boolean; userAgent: string | null; createdAt: Date };

describe("sessions over HTTP", () => {
  it("lists both browsers; revoking B's signs B out at once", async () => {
    const { a, b } = await twoBrowsers("sessions");

    const listed = await dataOf<SessionJson[]>(await a.query("session.list"));
    expect(listed).toHaveLength(2);
    expect(listed.filter((row) => row.current)).toHaveLength(1);
    expect(listed[0]?.createdAt).toBeInstanceOf(Date);
    const other = listed.find((row) => !row.current);
    if (!other) throw new Error("no other session");

    expect((await mutate(a, "session.revoke", { id: other.id })).status).toBe(200);

    expect((await b.query("account.me")).status).toBe(401);
    expect((await a.query("account.me")).status).toBe(200);
    expect(await dataOf<SessionJson[]>(await a.query("session.list"))).toHaveLength(1);
  });

  it("revokeOthers signs out every other browser and keeps this one", async () => {
    const { email, a, b } = await twoBrowsers("revoke-others");
    const c = new HttpSession(app.url);
    await sql.query("delete from rate_limit");
    expect((await c.signIn({ email, password })).status).toBe(200);

    const revoked = await dataOf<{ count: number }>(await mutate(a, "session.revokeOthers"));

    expect(revoked).toEqual({ count: 2 });
    expect((await b.query("account.me")).status).toBe(401);
    expect((await c.query("account.me")).status).toBe(401);
    expect((await a.query("account.me")).status).toBe(200);
  });
});

describe("change password over HTTP", () => {
  it("with revokeOtherSessions: the old password fails, the new works, the other browser is out, this one stays", async () => {
    const { email, a, b } = await twoBrowsers("password");
    const newPassword = "a brand new passphrase";

    const changed = await a.post("/api/auth/change-password", {
      currentPassword: password,
      newPassword,
      revokeOtherSessions: true,
    });
    expect(changed.status).toBe(200);
    await sql.query("delete from rate_limit");

    expect((await a.query("account.me")).status).toBe(200);
    expect((await b.query("account.me")).status).toBe(401);
    expect((await new HttpSession(app.url).signIn({ email, password })).status).toBe(401);
    expect((await new HttpSession(app.url).signIn({ email, password: newPassword })).status).toBe(200);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const { email, a } = await twoBrowsers("password-wrong");
    const refused = await a.post("/api/auth/change-password", {
      currentPassword: "not my password",
      newPassword: "another passphrase",
      revokeOtherSessions: true,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "INVALID_PASSWORD" });
    expect((await new HttpSession(app.url).signIn({ email, password })).status).toBe(200);
  });
});

describe("change email over HTTP", () => {
  it("sends the link to the new address; following it changes the email, which then signs in", async () => {
    const { email, a } = await twoBrowsers("email-old");
    const newEmail = uniqueEmail("email-new");

    const requested = await a.post("/api/auth/change-email", { newEmail, callbackURL: "/settings?email=changed" });
    expect(requested.status).toBe(200);
    expect((await sql.outbox(email)).map((sent) => sent.subject)).not.toContain("Confirm your new email for Tasklane");
    const [mail] = await sql.outbox(newEmail);
    expect(mail?.subject).toBe("Confirm your new email for Tasklane");
    // Nothing changes until the link is opened.
    expect(await sql.query('select email from "user" where email = $1', [email])).toHaveLength(1);

    const link = linkIn(mail?.text);
    const followed = await a.request(`${link.pathname}${link.search}`);
    expect(followed.status).toBeGreaterThanOrEqual(300);
    expect(followed.status).toBeLessThan(400);
    expect(new URL(followed.headers.get("location") ?? "", app.url).search).toBe("?email=changed");

    expect(await sql.query('select email from "user" where email = $1', [newEmail])).toHaveLength(1);
    expect(await sql.query('select email from "user" where email = $1', [email])).toEqual([]);
    // The old address is told, with a way back if it was not its owner.
    const notice = (await sql.outbox(email)).find((sent) => sent.subject === "Your Tasklane email was changed");
    expect(notice?.text).toContain(newEmail);
    expect(linkIn(notice?.text).pathname).toBe("/forgot-password");
    await sql.query("delete from rate_limit");
    expect((await new HttpSession(app.url).signIn({ email: newEmail, password })).status).toBe(200);
    expect((await new HttpSession(app.url).signIn({ email, password })).status).toBe(401);
  });

  it("refuses a session older than 15 minutes with 403 SESSION_NOT_FRESH and sends nothing", async () => {
    const { email, a } = await twoBrowsers("email-stale");
    const newEmail = uniqueEmail("email-stale-new");
    await sql.query(
      `update session set created_at = now() - interval '16 minutes'
       where user_id = (select id from "user" where email = $1)`,
      [email],
    );

    const refused = await a.post("/api/auth/change-email", { newEmail, callbackURL: "/settings?email=changed" });

    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "SESSION_NOT_FRESH" });
    expect(await sql.outbox(newEmail)).toEqual([]);
  });
});

describe("personal access tokens over HTTP", () => {
  const bearer = (token: string) =>
    fetch(`${app.url}${taskListPath}`, { headers: { authorization: `Bearer ${token}` } });

  it("a token made with a cookie session calls the API alone; revoked, it is refused", async () => {
    const { a } = await twoBrowsers("pat");
    const created = await dataOf<{ id: string; token: string }>(
      await mutate(a, "accessToken.create", { name: "script", expiresInDays: 7 }),
    );

    const allowed = await bearer(created.token);
    expect(allowed.status).toBe(200);
    expect(await dataOf<{ items: unknown[] }>(allowed)).toMatchObject({ items: [] });

    expect((await mutate(a, "accessToken.revoke", { id: created.id })).status).toBe(200);
    expect((await bearer(created.token)).status).toBe(401);
  });

  it("refuses an expired token and a made-up one", async () => {
    const { a } = await twoBrowsers("pat-expired");
    const created = await dataOf<{ id: string; token: string }>(
      await mutate(a, "accessToken.create", { name: "old", expiresInDays: 30 }),
    );
    await sql.query("update personal_access_token set expires_at = now() - interval '1 second' where id = $1", [
      created.id,
    ]);

    expect((await bearer(created.token)).status).toBe(401);
    expect((await bearer(`tlpat_${"x".repeat(43)}`)).status).toBe(401);
  });
});
