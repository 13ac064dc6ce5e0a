import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase, linkIn, resetPasswordByEmail } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// Issue #15 item 5: credentials that outlived a takeover. Verification is not required here (the tests'
// default), the setting in which anyone can open an account with someone else's address and use it.

const app = setupAppServer();
const sql = appDatabase(app);
const password = "correct horse battery";

type TrpcError = { error?: { json: { data: { code: string; reason: string | null } } } };

const taskListPath = `/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify(superjson.serialize({})))}`;
const withToken = (token: string) =>
  fetch(`${app.url}${taskListPath}`, { headers: { authorization: `Bearer ${token}` } });

const createToken = (browser: HttpSession, input: unknown) =>
  browser.post("/api/trpc/accessToken.create", superjson.serialize(input));

async function mintToken(browser: HttpSession, name: string): Promise<string> {
  const response = await createToken(browser, { name, expiresInDays: 30 });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
  return superjson.deserialize<{ token: string }>(body.result.data).token;
}

async function signedUp(tag: string, email = uniqueEmail(tag)) {
  // More sign-ups and resets than one address may make in a minute; the limits have their own tests.
  await sql.query("delete from rate_limit");
  const browser = new HttpSession(app.url);
  expect((await browser.signUp({ name: tag, email, password })).status).toBe(200);
  return { browser, email };
}

const tokensOf = (email: string) =>
  sql.query('select t.id from personal_access_token t join "user" u on u.id = t.user_id where u.email = $1', [email]);

describe("credentials that outlive a takeover", () => {
  it("an account made with the victim's address mints a token; the victim resets the password: the token is refused", async () => {
    const victimEmail = uniqueEmail("squatted");
    const { browser: squatter } = await signedUp("squatter", victimEmail);
    const token = await mintToken(squatter, "kept access");
    expect((await withToken(token)).status).toBe(200);

    expect((await resetPasswordByEmail(app, sql, victimEmail, "the owner's own passphrase")).status).toBe(200);

    expect((await withToken(token)).status).toBe(401);
    expect((await squatter.query("account.me")).status).toBe(401);
    expect(await tokensOf(victimEmail)).toEqual([]);
  });

  it("a password reset also ends the user's OAuth grants (consents, access and refresh tokens)", async () => {
    const { email } = await signedUp("reset-grants");
    const [owner] = await sql.query<{ id: string }>('select id from "user" where email = $1', [email]);
    const clientId = `client-${crypto.randomUUID()}`;
    await sql.query("insert into oauth_client (client_id, redirect_uris) values ($1, $2)", [
      clientId,
      ["http://127.0.0.1/cb"],
    ]);
    await sql.query("insert into oauth_consent (client_id, user_id, scopes) values ($1, $2, $3)", [
      clientId,
      owner?.id,
      ["tasks:read"],
    ]);
    await sql.query(
      `insert into oauth_refresh_token (client_id, user_id, token, scopes, expires_at)
       values ($1, $2, $3, $4, now() + interval '1 day')`,
      [clientId, owner?.id, `r-${clientId}`, ["tasks:read"]],
    );

    expect((await resetPasswordByEmail(app, sql, email, "another passphrase")).status).toBe(200);

    const left = await sql.query(
      `select (select count(*) from oauth_consent where user_id = $1)::int as consents,
              (select count(*) from oauth_refresh_token where user_id = $1)::int as refresh_tokens`,
      [owner?.id],
    );
    expect(left).toEqual([{ consents: 0, refresh_tokens: 0 }]);
  });

  it("a password change ends the tokens made before it; one made after works", async () => {
    const { browser } = await signedUp("change-password");
    const before = await mintToken(browser, "before");

    const changed = await browser.post("/api/auth/change-password", {
      currentPassword: password,
      newPassword: "a brand new passphrase",
    });
    expect(changed.status).toBe(200);
    const after = await mintToken(browser, "after");

    expect((await withToken(before)).status).toBe(401);
    expect((await withToken(after)).status).toBe(200);
  });

  it("the first verification of the address ends the tokens made while it was unverified", async () => {
    const { browser: squatter, email } = await signedUp("unverified");
    const token = await mintToken(squatter, "made unverified");
    expect((await withToken(token)).status).toBe(200);

    // The owner of the mailbox opens the sign-up's link.
    const link = linkIn((await sql.outbox(email))[0]?.text);
    expect((await new HttpSession(app.url).request(`${link.pathname}${link.search}`)).status).toBe(302);

    expect((await withToken(token)).status).toBe(401);
    expect(await tokensOf(email)).toEqual([]);
  });

  it("a magic link to the unverified account (its first proof of the address) ends the tokens made before it", async () => {
    const { browser: squatter, email } = await signedUp("magic-proof");
    const token = await mintToken(squatter, "made unverified");
    expect((await withToken(token)).status).toBe(200);

    const owner = new HttpSession(app.url);
    expect((await owner.post("/api/auth/sign-in/magic-link", { email, callbackURL: "/" })).status).toBe(200);
    const mail = (await sql.outbox(email)).findLast(
      (sent) => linkIn(sent.text).pathname === "/api/auth/magic-link/verify",
    );
    const link = linkIn(mail?.text);
    expect((await owner.request(`${link.pathname}${link.search}`)).status).toBe(302);

    expect((await owner.query("account.me")).status).toBe(200);
    expect((await withToken(token)).status).toBe(401);
  });

  it("creating a token needs a sign-in in the last 15 minutes: FORBIDDEN, reason SESSION_NOT_FRESH, nothing stored", async () => {
    const { browser, email } = await signedUp("stale-token");
    await sql.query(
      `update session set created_at = now() - interval '16 minutes'
       where user_id = (select id from "user" where email = $1)`,
      [email],
    );

    const refused = await createToken(browser, { name: "late", expiresInDays: 30 });

    expect(refused.status).toBe(403);
    const body = (await refused.json()) as TrpcError;
    expect(body.error?.json.data).toMatchObject({ code: "FORBIDDEN", reason: "SESSION_NOT_FRESH" });
    expect(await tokensOf(email)).toEqual([]);
  });

  it.each([
    { name: "never", expiresInDays: null },
    { name: "two years", expiresInDays: 730 },
  ])("refuses a token that would live longer than a year ($name) and stores nothing", async (input) => {
    const { browser, email } = await signedUp("long-token");
    expect((await createToken(browser, input)).status).toBe(400);
    expect(await tokensOf(email)).toEqual([]);
  });
});
