import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secretOf, totpCode } from "~tests/factories/totp";
import { setupAppServer } from "~tests/setup/app-server";
import { type FakeOidcProvider, oidcAppEnv, startFakeOidcProvider } from "~tests/setup/fake-oidc-provider";
import { appDatabase, linkIn } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// An OpenID Connect provider is configured, so that its sign-in paths (the callback, an ID token posted
// to /sign-in/social) are there to be challenged like the others.
let provider: FakeOidcProvider;
beforeAll(async () => {
  provider = await startFakeOidcProvider();
});
afterAll(() => provider?.close());

// The test plays the one proxy the app trusts, which tells each client's address in X-Forwarded-For.
// Verification not required: an unverified address with two-factor on is the case to cover.
const app = setupAppServer({
  env: () => ({ ...oidcAppEnv(provider), EMAIL_VERIFICATION_REQUIRED: "false", TRUSTED_PROXY_HOPS: "1" }),
});
const database = appDatabase(app);

const password = "correct horse battery";
const PERIOD_MS = 30_000;

let nextIp = 1;
/**
 * Each test speaks from its own address: sign-in allows 5 attempts a minute per address, and these
 * tests sign in more often than that between them.
 */
function newClient() {
  const ip = `203.0.113.${nextIp++}`;
  const session = new HttpSession(app.url);
  const post = (path: string, body: unknown) => session.post(path, body, { "x-forwarded-for": ip });
  return {
    session,
    post,
    signIn: (email: string, secret = password) => post("/api/auth/sign-in/email", { email, password: secret }),
    verifyTotp: (code: string) => post("/api/auth/two-factor/verify-totp", { code }),
    verifyBackupCode: (code: string) => post("/api/auth/two-factor/verify-backup-code", { code }),
    me: () => session.query("account.me"),
  };
}

/** A code no authenticator would show now (none of the three periods the server accepts). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) => totpCode(secret, Date.now() + step * PERIOD_MS)));
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

async function userRow(email: string) {
  const [row] = await database.query<{ id: string; two_factor_enabled: boolean }>(
    'select id, two_factor_enabled from "user" where email = $1',
    [email],
  );
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

/** Signs up and turns two-factor on (enable, then the current code); returns the signed-in client. */
async function userWithTwoFactor(tag: string) {
  const email = uniqueEmail(tag);
  const client = newClient();
  expect((await client.post("/api/auth/sign-up/email", { name: "Ada", email, password })).status).toBe(200);
  const enable = await client.post("/api/auth/two-factor/enable", { password });
  expect(enable.status).toBe(200);
  const { totpURI, backupCodes } = (await enable.json()) as { totpURI: string; backupCodes: string[] };
  const secret = secretOf(totpURI);
  expect((await client.verifyTotp(totpCode(secret))).status).toBe(200);
  return { email, secret, backupCodes, client };
}

/** Signs in a fresh client up to the two-factor challenge. */
async function challenged(email: string) {
  const client = newClient();
  const signIn = await client.signIn(email);
  expect(signIn.status).toBe(200);
  expect(await signIn.json()).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
  return client;
}

describe("two-factor authentication over HTTP", () => {
  it("turns on only after a correct code from the authenticator", async () => {
    const email = uniqueEmail("enable");
    const client = newClient();
    await client.post("/api/auth/sign-up/email", { name: "Ada", email, password });

    const wrongPassword = await client.post("/api/auth/two-factor/enable", { password: "not the password" });
    expect(wrongPassword.status).toBe(400);
    expect(await wrongPassword.json()).toMatchObject({ code: "INVALID_PASSWORD" });

    const enable = await client.post("/api/auth/two-factor/enable", { password });
    expect(enable.status).toBe(200);
    const { totpURI, backupCodes } = (await enable.json()) as { totpURI: string; backupCodes: string[] };
    expect(totpURI).toMatch(/^otpauth:\/\/totp\/Tasklane:/);
    expect(new URL(totpURI).searchParams.get("issuer")).toBe("Tasklane");
    expect(backupCodes).toHaveLength(10);
    expect((await userRow(email)).two_factor_enabled).toBe(false);

    const secret = secretOf(totpURI);
    const wrong = await client.verifyTotp(wrongCode(secret));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: "INVALID_CODE" });
    expect((await userRow(email)).two_factor_enabled).toBe(false);

    expect((await client.verifyTotp(totpCode(secret))).status).toBe(200);
    expect((await userRow(email)).two_factor_enabled).toBe(true);
    // Still signed in, on the session that replaced the old one.
    expect((await client.me()).status).toBe(200);
  });

  it("stores backup codes only as hashes", async () => {
    const { email, backupCodes } = await userWithTwoFactor("hashed");
    const [row] = await database.query<{ backup_codes: string; secret: string }>(
      "select backup_codes, secret from two_factor where user_id = $1",
      [(await userRow(email)).id],
    );
    expect(row).toBeDefined();
    for (const code of backupCodes) expect(row?.backup_codes).not.toContain(code);
    expect(JSON.parse(row?.backup_codes ?? "[]")).toHaveLength(10);
    for (const hash of JSON.parse(row?.backup_codes ?? "[]") as string[]) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("asks for a code at sign-in, and signs in only with it", async () => {
    const { email, secret } = await userWithTwoFactor("challenge");

    const client = await challenged(email);
    expect(client.session.cookieHeader()).toContain("better-auth.two_factor=");
    expect(client.session.cookieHeader()).not.toContain("session_token");
    expect((await client.me()).status).toBe(401);

    // The code of the period after the one used to turn two-factor on: a fresh one.
    const verify = await client.verifyTotp(totpCode(secret, Date.now() + PERIOD_MS));
    expect(verify.status).toBe(200);
    expect(client.session.cookieHeader()).toContain("session_token");
    expect(client.session.cookieHeader()).not.toContain("better-auth.two_factor=");
    expect((await client.me()).status).toBe(200);
  });

  it("remembers accepted codes only: a wrong one is forgotten, so typing it was harmless", async () => {
    const { email, secret } = await userWithTwoFactor("forgotten");
    const { id } = await userRow(email);
    const remembered = async () =>
      (await database.query("select code_hash from used_totp_code where user_id = $1", [id])).length;
    expect(await remembered()).toBe(1); // the code that turned it on

    const client = await challenged(email);
    expect((await client.verifyTotp(wrongCode(secret))).status).toBe(401);
    expect(await remembered()).toBe(1);
    expect((await client.verifyTotp(totpCode(secret, Date.now() + PERIOD_MS))).status).toBe(200);
    expect(await remembered()).toBe(2);
  });

  it("refuses a code that was already accepted, even in a new challenge", async () => {
    const { email, secret } = await userWithTwoFactor("replay");
    const code = totpCode(secret, Date.now() + PERIOD_MS);
    const first = await challenged(email);
    expect((await first.verifyTotp(code)).status).toBe(200);

    const second = await challenged(email);
    const replay = await second.verifyTotp(code);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: "TOTP_CODE_ALREADY_USED" });
    expect((await second.me()).status).toBe(401);
  });

  it("accepts each backup code once", async () => {
    const { email, backupCodes } = await userWithTwoFactor("backup");
    const [firstCode = "", secondCode = ""] = backupCodes;

    const first = await challenged(email);
    expect((await first.verifyBackupCode(firstCode)).status).toBe(200);
    expect((await first.me()).status).toBe(200);

    const again = await challenged(email);
    const reused = await again.verifyBackupCode(firstCode);
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ code: "INVALID_BACKUP_CODE" });
    expect((await again.me()).status).toBe(401);

    // The challenge is still open: another, unused code gets in.
    expect((await again.verifyBackupCode(secondCode)).status).toBe(200);
    expect((await again.me()).status).toBe(200);
  });

  it("replaces the backup codes with new ones, given the password", async () => {
    const { email, backupCodes, client } = await userWithTwoFactor("regenerate");
    const refused = await client.post("/api/auth/two-factor/generate-backup-codes", { password: "not the password" });
    expect(refused.status).toBe(400);

    const regenerate = await client.post("/api/auth/two-factor/generate-backup-codes", { password });
    expect(regenerate.status).toBe(200);
    const fresh = ((await regenerate.json()) as { backupCodes: string[] }).backupCodes;
    expect(fresh).toHaveLength(10);

    const challenge = await challenged(email);
    expect((await challenge.verifyBackupCode(backupCodes[0] ?? "")).status).toBe(401);
    expect((await challenge.verifyBackupCode(fresh[0] ?? "")).status).toBe(200);
  });

  it("locks the account after 5 wrong codes, even for a correct code in a new challenge", async () => {
    const { email, secret } = await userWithTwoFactor("lockout");
    const client = await challenged(email);
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await client.verifyTotp(wrongCode(secret));
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toMatchObject({ code: "INVALID_CODE" });
    }
    const correct = totpCode(secret, Date.now() + PERIOD_MS);
    const locked = await client.verifyTotp(correct);
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ code: "ACCOUNT_TEMPORARILY_LOCKED" });

    const retry = await challenged(email);
    const stillLocked = await retry.verifyTotp(correct);
    expect(stillLocked.status).toBe(429);
    expect(await stillLocked.json()).toMatchObject({ code: "ACCOUNT_TEMPORARILY_LOCKED" });
    expect((await retry.verifyBackupCode("aaaaa-aaaaa")).status).toBe(429);
    expect((await retry.me()).status).toBe(401);
  });

  it("turns off with the password, and sign-in asks no code again", async () => {
    const { email, client } = await userWithTwoFactor("disable");
    const refused = await client.post("/api/auth/two-factor/disable", { password: "not the password" });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "INVALID_PASSWORD" });
    expect((await userRow(email)).two_factor_enabled).toBe(true);

    expect((await client.post("/api/auth/two-factor/disable", { password })).status).toBe(200);
    expect((await userRow(email)).two_factor_enabled).toBe(false);
    expect((await client.me()).status).toBe(200);
    const rows = await database.query("select 1 from two_factor where user_id = $1", [(await userRow(email)).id]);
    expect(rows).toEqual([]);

    const fresh = newClient();
    const signIn = await fresh.signIn(email);
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).not.toHaveProperty("twoFactorRedirect");
    expect((await fresh.me()).status).toBe(200);
  });
});

/** An ID token for `email` signed by the provider, as a native app gets one (its own PKCE and redirect). */
async function providerIdToken(email: string): Promise<string> {
  provider.signInAs({ sub: `sub-${email}`, email, email_verified: true, name: "Ada" });
  const verifier = randomBytes(32).toString("base64url");
  const redirectUri = "http://127.0.0.1/native-app";
  const authorize = new URL(`${provider.issuer}/authorize`);
  authorize.search = new URLSearchParams({
    client_id: provider.clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  const redirect = await fetch(authorize, { redirect: "manual" });
  const code = new URL(redirect.headers.get("location") ?? "").searchParams.get("code");
  if (!code) throw new Error("the provider gave no code");
  const token = await fetch(`${provider.issuer}/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
      client_id: provider.clientId,
      client_secret: provider.clientSecret,
    }),
  });
  expect(token.status).toBe(200);
  return ((await token.json()) as { id_token: string }).id_token;
}

async function sessionCount(email: string): Promise<number> {
  const rows = await database.query<{ count: string }>(
    'select count(*) from session s join "user" u on u.id = s.user_id where u.email = $1',
    [email],
  );
  return Number(rows[0]?.count);
}

/** The answer carries no session: no session cookie with a value, no token in the body. */
async function expectNoSessionIn(response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    if (cookie.includes("session_token=")) expect(cookie).toMatch(/session_token=;|max-age=0/i);
  }
  const text = await response.clone().text();
  expect(text).not.toContain('"token"');
}

describe("every way of signing in asks a two-factor user for the code", () => {
  it("opening an email verification link that anyone could ask for", async () => {
    const { email, secret } = await userWithTwoFactor("verify-link");
    expect((await database.query('select email_verified from "user" where email = $1', [email]))[0]).toEqual({
      email_verified: false,
    });
    const sessionsBefore = await sessionCount(email);

    // No sign-in needed to ask for a link: whoever reads the mailbox opens it.
    const stranger = newClient();
    const asked = await stranger.post("/api/auth/send-verification-email", { email, callbackURL: "/today" });
    expect(asked.status).toBe(200);
    const link = linkIn((await database.outbox(email)).at(-1)?.text);
    const opened = await stranger.session.request(`${link.pathname}${link.search}`);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(
      `/two-factor?next=${encodeURIComponent("/verify-email?status=verified")}`,
    );
    await expectNoSessionIn(opened);
    expect((await stranger.me()).status).toBe(401);
    expect(await sessionCount(email)).toBe(sessionsBefore);
    // The address is verified all the same: the link did its job.
    expect((await database.query('select email_verified from "user" where email = $1', [email]))[0]).toEqual({
      email_verified: true,
    });

    expect((await stranger.verifyTotp(totpCode(secret, Date.now() + PERIOD_MS))).status).toBe(200);
    expect((await stranger.me()).status).toBe(200);
  });

  it("posting the provider's ID token to /sign-in/social", async () => {
    // The path works: a user without two-factor gets a session from it at once.
    const plain = await newClient().post("/api/auth/sign-in/social", {
      provider: "oidc",
      idToken: { token: await providerIdToken(uniqueEmail("id-token-plain")) },
    });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toMatchObject({ redirect: false, token: expect.any(String) });

    const { email, secret } = await userWithTwoFactor("id-token");
    // The provider joins an existing account only when we verified its address too.
    await database.query('update "user" set email_verified = true where email = $1', [email]);
    const sessionsBefore = await sessionCount(email);

    const nativeApp = newClient();
    const signIn = await nativeApp.post("/api/auth/sign-in/social", {
      provider: "oidc",
      idToken: { token: await providerIdToken(email) },
    });
    expect(signIn.status).toBe(200);
    await expectNoSessionIn(signIn);
    expect(await signIn.json()).toEqual({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
    expect((await nativeApp.me()).status).toBe(401);
    expect(await sessionCount(email)).toBe(sessionsBefore);

    expect((await nativeApp.verifyTotp(totpCode(secret, Date.now() + PERIOD_MS))).status).toBe(200);
    expect((await nativeApp.me()).status).toBe(200);
  });
});
