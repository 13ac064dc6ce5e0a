import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function requestId(response: Response): string {
  const id = response.headers.get("x-request-id");
  expect(id, `${response.url} has no x-request-id`).toMatch(UUID);
  return id ?? "";
}

async function signedIn(name: string) {
  const browser = new HttpSession(app.url);
  const email = uniqueEmail(name.toLowerCase());
  expect((await browser.signUp({ name, email, password: "correct horse battery" })).status).toBe(200);
  return { browser, email };
}

/** The app's JSON log lines (its other output, e.g. Next's banner, is skipped). */
function logLines(): Record<string, unknown>[] {
  return app.server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("x-request-id", () => {
  it("is on every kind of response, fresh each time", async () => {
    const { browser } = await signedIn("Ids");
    const anonymous = new HttpSession(app.url);
    const responses = [
      ["page", await browser.request("/"), 200],
      ["auth page", await anonymous.request("/sign-in"), 200],
      ["redirect", await anonymous.request("/today"), 307],
      ["page 404", await browser.request("/no-such-page"), 404],
      ["api 404", await browser.request("/api/no-such-route"), 404],
      ["tRPC ok", await browser.query("account.me"), 200],
      ["tRPC error", await anonymous.query("account.me"), 401],
      ["auth api", await browser.request("/api/auth/get-session"), 200],
      ["health", await anonymous.request("/api/health"), 200],
      ["health again", await anonymous.request("/api/health"), 200],
    ] as const;
    const ids = responses.map(([kind, response, status]) => {
      expect(response.status, kind).toBe(status);
      return requestId(response);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("replaces one the client sent, on tRPC too (which the proxy does not see)", async () => {
    const forged = "11111111-1111-4111-8111-111111111111";
    const response = await fetch(`${app.url}/api/health`, { headers: { "x-request-id": forged } });
    expect(requestId(response)).not.toBe(forged);
    const call = await fetch(`${app.url}/api/trpc/account.me`, { headers: { "x-request-id": forged } });
    expect(call.status).toBe(401);
    expect(requestId(call)).not.toBe(forged);
    const body = (await call.json()) as { error: { json: { data: { requestId: string } } } };
    expect(body.error.json.data.requestId).toBe(requestId(call));
  });

  it("is the requestId a tRPC error carries, for the user to quote", async () => {
    const response = await new HttpSession(app.url).query("account.me");
    const body = (await response.json()) as { error: { json: { data: { requestId: string; code: string } } } };
    expect(body.error.json.data.code).toBe("UNAUTHORIZED");
    expect(body.error.json.data.requestId).toBe(requestId(response));
  });
});

describe("logs", () => {
  it("write one JSON line per tRPC call: request id, user, procedure, duration, outcome, never the email", async () => {
    const { browser, email } = await signedIn("Logged");
    const response = await browser.query("account.me");
    const me = (await response.json()) as { result: { data: { json: { id: string } } } };
    const id = requestId(response);

    const lines = logLines().filter((line) => line.requestId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "trpc call",
      requestId: id,
      userId: me.result.data.json.id,
      procedure: "account.me",
      type: "query",
      outcome: "ok",
    });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(app.server.output()).not.toContain(email);
  });

  it("write a client error as a warning with its code", async () => {
    const response = await new HttpSession(app.url).query("account.me");
    const id = requestId(response);
    expect(logLines().find((line) => line.requestId === id)).toMatchObject({
      level: "warn",
      procedure: "account.me",
      userId: null,
      outcome: "UNAUTHORIZED",
    });
  });
});

describe("Server-Timing", () => {
  it("gives a tRPC call's database time and total", async () => {
    const { browser } = await signedIn("Timed");
    const timing = (await browser.query("account.me")).headers.get("server-timing") ?? "";
    const db = /(?:^|, )db;dur=([\d.]+);desc="Database"/.exec(timing);
    const total = /(?:^|, )total;dur=([\d.]+)/.exec(timing);
    expect(Number(db?.[1])).toBeGreaterThan(0);
    expect(Number(total?.[1])).toBeGreaterThanOrEqual(Number(db?.[1]));
  });

  it("is on /api/health too", async () => {
    const timing = (await fetch(`${app.url}/api/health`)).headers.get("server-timing") ?? "";
    expect(Number(/db;dur=([\d.]+)/.exec(timing)?.[1])).toBeGreaterThan(0);
  });

  it("is on Better Auth's answers: a session read and a sign-in, with their cookies kept", async () => {
    const { browser, email } = await signedIn("AuthTimed");
    const session = await browser.request("/api/auth/get-session");
    expect(Number(/db;dur=([\d.]+)/.exec(session.headers.get("server-timing") ?? "")?.[1])).toBeGreaterThan(0);
    const signIn = await new HttpSession(app.url).signIn({ email, password: "correct horse battery" });
    expect(signIn.status).toBe(200);
    expect(Number(/db;dur=([\d.]+)/.exec(signIn.headers.get("server-timing") ?? "")?.[1])).toBeGreaterThan(0);
    expect(signIn.headers.getSetCookie().some((cookie) => cookie.startsWith("better-auth.session_token="))).toBe(true);
  });
});
