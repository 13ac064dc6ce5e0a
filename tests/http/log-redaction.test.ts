import { describe, expect, it } from "vitest";
import { relayedDatabase, setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

// The app reaches PostgreSQL through a relay the test cuts: every query then fails with its parameters
// (a session token, an email) in the error, and every layer (Better Auth, Next, tRPC) logs the failure.
const relay = relayedDatabase();
const app = setupAppServer({ databaseUrl: relay.databaseUrl });

/** The session token inside Better Auth's signed cookie value (`<token>.<signature>`). */
function sessionToken(browser: HttpSession): string {
  const cookie = browser
    .cookieHeader()
    .split("; ")
    .find((pair) => pair.startsWith("better-auth.session_token="));
  const token = decodeURIComponent(cookie?.split("=")[1] ?? "").split(".")[0];
  if (!token) throw new Error("no session cookie");
  return token;
}

describe("logs during a database outage", () => {
  it("name the failed queries but never their parameters: no session token, no email", async () => {
    const browser = new HttpSession(app.url);
    const email = uniqueEmail("outage");
    const password = "correct horse battery";
    expect((await browser.signUp({ name: "Outage", email, password })).status).toBe(200);
    const token = sessionToken(browser);
    const before = app.server.output().length;

    await relay.proxy.cut();
    let sessionRead: Response | undefined;
    try {
      sessionRead = await browser.query("account.me");
      const failures = [
        sessionRead,
        await browser.request("/settings"),
        await browser.request("/api/auth/get-session"),
        await new HttpSession(app.url).signIn({ email, password }),
        await new HttpSession(app.url).signUp({ name: "Second", email: uniqueEmail("outage-new"), password }),
      ];
      for (const response of failures) expect(response.status).toBeGreaterThanOrEqual(500);
    } finally {
      await relay.proxy.restore();
    }

    const output = app.server.output().slice(before);
    // The failures were logged, with the SQL and a note where the values were.
    expect(output).toContain("Failed query:");
    expect(output).toContain("params: [not logged]");
    expect(output).not.toContain(token);
    expect(output).not.toContain(email);
    expect(output).not.toContain(email.split("@")[0]);
    // Better Auth's own line about a failure names the request it failed.
    const authLines = output.split("\n").filter((line) => line.includes('"msg":"better-auth: '));
    expect(authLines.some((line) => line.includes(`"requestId":"${sessionRead?.headers.get("x-request-id")}"`))).toBe(
      true,
    );
    // One line per failed request, however many of the page's components the failure reached.
    const settingsLines = output.split("\n").filter((line) => line.includes('"path":"/settings"'));
    expect(settingsLines).toHaveLength(1);
  });
});
