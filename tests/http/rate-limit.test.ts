import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const password = "correct horse battery";

describe("sign-in rate limit per address, with no proxy trusted (the default)", () => {
  // Its own app and database: the counters live in the database, shared by every instance. (Sign-up signs in.)
  const app = setupAppServer({ env: { EMAIL_VERIFICATION_REQUIRED: "false" } });
  const { query } = appDatabase(app);

  it("records the connection's address on a new session, not the one the header claims", async () => {
    const email = uniqueEmail("where-from");
    const browser = new HttpSession(app.url);
    const signUp = { name: "Where", email, password };
    expect((await browser.post("/api/auth/sign-up/email", signUp, { "x-forwarded-for": "203.0.113.200" })).status).toBe(
      200,
    );
    const rows = await query<{ ip_address: string | null }>(
      'select s.ip_address from session s join "user" u on u.id = s.user_id where u.email = $1',
      [email],
    );
    expect(rows).toEqual([{ ip_address: "127.0.0.1" }]);
  });

  it("answers 429 after 5 attempts in a minute, however each request words X-Forwarded-For", async () => {
    const email = uniqueEmail("limited");
    const browser = new HttpSession(app.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      // A new address in the header each time: before, each one was a fresh bucket (unlimited guesses).
      const spoofed = { "x-forwarded-for": `203.0.113.${attempt + 1}` };
      statuses.push(
        (await browser.post("/api/auth/sign-in/email", { email, password: "wrong password" }, spoofed)).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);

    const limited = await browser.signIn({ email, password: "wrong password" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
  });
});

describe("behind one trusted proxy, and the limits no address changes", () => {
  const API_LIMIT = 5;
  const app = setupAppServer({
    env: {
      TRUSTED_PROXY_HOPS: "1",
      API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT),
      EMAIL_VERIFICATION_REQUIRED: "false",
    },
  });
  const { outbox } = appDatabase(app);

  let lastAddress = 0;
  /**
   * A client the proxy has not seen yet. The proxy appends the address it sees to X-Forwarded-For, after
   * whatever the client sent (`sends`, asked per request: a browser behind its office's proxy, or an attacker).
   */
  function newClient(sends?: () => string) {
    lastAddress += 1;
    const address = `198.51.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
    const session = new HttpSession(app.url);
    const post = (path: string, body: unknown) =>
      session.post(path, body, { "x-forwarded-for": sends ? `${sends()}, ${address}` : address });
    return {
      session,
      post,
      signIn: (email: string, secret: string) => post("/api/auth/sign-in/email", { email, password: secret }),
    };
  }

  async function signUp(email: string) {
    const response = await newClient().post("/api/auth/sign-up/email", { name: "Limited", email, password });
    expect(response.status).toBe(200);
  }

  it("five failures of one client do not lock out another client of the same proxy", async () => {
    // Both arrive with two entries (their own, then the proxy's): before, such a header was skipped and every
    // client of the proxy shared one bucket.
    let guess = 0;
    const attacker = newClient(() => `203.0.113.${(guess++ % 250) + 1}`);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await attacker.signIn(uniqueEmail(`guess-${attempt}`), "wrong password")).status);
    }
    // A new left entry on every request changes nothing: the proxy's entry is the one read.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);

    const neighbour = newClient(() => "10.0.0.9");
    expect((await neighbour.signIn(uniqueEmail("neighbour"), "wrong password")).status).toBe(401);
  });

  it("locks an account after 10 failed sign-ins from any mix of addresses, and unknown emails alike", async () => {
    const email = uniqueEmail("victim");
    await signUp(email);
    const unknown = uniqueEmail("nobody");
    for (const target of [email, unknown]) {
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await newClient().signIn(target, "wrong password")).status).toBe(401);
      }
    }
    // Even the right password waits now; the answer for an address nobody uses is the same.
    const locked = await newClient().signIn(email, password);
    const lockedUnknown = await newClient().signIn(unknown, password);
    for (const response of [locked, lockedUnknown]) {
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    }
    const [body, unknownBody] = [await locked.json(), await lockedUnknown.json()];
    expect(body).toMatchObject({
      code: "TOO_MANY_SIGN_IN_ATTEMPTS",
      message: "Too many attempts; try again in 15 minutes.",
    });
    expect(unknownBody).toEqual(body);
  });

  it("a successful sign-in clears the account's failures", async () => {
    const email = uniqueEmail("forgetful");
    await signUp(email);
    for (let attempt = 0; attempt < 9; attempt++) await newClient().signIn(email, "wrong password");
    expect((await newClient().signIn(email, password)).status).toBe(200);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await newClient().signIn(email, "wrong password")).status).toBe(401);
    }
  });

  it("sends at most 5 emails an hour to one address, whoever asks: sign-up's link, resets, magic link", async () => {
    const email = uniqueEmail("inbox");
    await signUp(email);
    expect(await outbox(email)).toHaveLength(1); // the sign-up's verification link: the first of the 5
    for (let request = 0; request < 4; request++) {
      const response = await newClient().post("/api/auth/request-password-reset", {
        email,
        redirectTo: "/reset-password",
      });
      expect(response.status).toBe(200);
    }
    for (const [path, body] of [
      ["/api/auth/request-password-reset", { email, redirectTo: "/reset-password" }],
      ["/api/auth/sign-in/magic-link", { email: email.toUpperCase(), callbackURL: "/" }],
    ] as const) {
      const refused = await newClient().post(path, body);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: "TOO_MANY_EMAILS" });
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
    }
    expect(await outbox(email)).toHaveLength(5);

    // An address nobody uses gets the same answers, so they tell nothing about who has an account.
    const unknown = uniqueEmail("no-inbox");
    const statuses: number[] = [];
    for (let request = 0; request < 6; request++) {
      const body = { email: unknown, redirectTo: "/reset-password" };
      statuses.push((await newClient().post("/api/auth/request-password-reset", body)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("refuses tRPC requests past API_RATE_LIMIT_PER_MINUTE per user with 429 and Retry-After; others go on", async () => {
    const busy = newClient();
    const email = uniqueEmail("busy");
    expect((await busy.post("/api/auth/sign-up/email", { name: "Busy", email, password })).status).toBe(200);
    const calm = newClient();
    expect(
      (await calm.post("/api/auth/sign-up/email", { name: "Calm", email: uniqueEmail("calm"), password })).status,
    ).toBe(200);

    for (let call = 0; call < API_LIMIT; call++) expect((await busy.session.query("account.me")).status).toBe(200);
    const refused = await busy.session.query("account.me");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(JSON.stringify(await refused.json())).toContain("TOO_MANY_REQUESTS");

    expect((await calm.session.query("account.me")).status).toBe(200);
  });
});

describe("verification links sent on the side of signing up and signing in", () => {
  const app = setupAppServer({ env: { TRUSTED_PROXY_HOPS: "1", EMAIL_VERIFICATION_REQUIRED: "true" } });
  const { outbox } = appDatabase(app);
  const from = (client: number) => ({ "x-forwarded-for": `192.0.2.${client}` });

  it("count toward the address's 5 emails an hour: past them, sign-in still says 'verify first' and sends nothing", async () => {
    const email = uniqueEmail("unverified");
    const signUp = await new HttpSession(app.url).post(
      "/api/auth/sign-up/email",
      { name: "U", email, password },
      from(1),
    );
    expect(signUp.status).toBe(200);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      // The right password, from a new address each time: each unverified sign-in used to send a fresh link.
      const response = await new HttpSession(app.url).post(
        "/api/auth/sign-in/email",
        { email, password },
        from(attempt + 2),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403]);
    expect(await outbox(email)).toHaveLength(5);
  });
});
