import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

const password = "correct horse battery";

describe("auth over HTTP (next start)", () => {
  it("signs up, receives a session cookie, and account.me returns the user", async () => {
    const browser = new HttpSession(app.url);
    const email = uniqueEmail("signup");

    const signUp = await browser.signUp({ name: "Grace Hopper", email, password });
    expect(signUp.status).toBe(200);
    expect(browser.hasCookies()).toBe(true);
    expect(signUp.headers.getSetCookie().join("\n")).toMatch(/better-auth\.session_token=.+HttpOnly/i);

    const me = await browser.query("account.me");
    expect(me.status).toBe(200);
    const body = (await me.json()) as { result: { data: { json: { name: string; email: string } } } };
    expect(body.result.data.json).toMatchObject({ name: "Grace Hopper", email });
  });

  it("answers 401 to an anonymous account.me", async () => {
    const response = await new HttpSession(app.url).query("account.me");
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { json: { data: { code: string }; message: string } } };
    expect(body.error.json.data.code).toBe("UNAUTHORIZED");
    expect(JSON.stringify(body)).not.toContain("stack");
  });

  it("signs in again, and signing out ends the session", async () => {
    const email = uniqueEmail("signout");
    await new HttpSession(app.url).signUp({ name: "Linus", email, password });

    const browser = new HttpSession(app.url);
    expect((await browser.signIn({ email, password })).status).toBe(200);
    expect((await browser.query("account.me")).status).toBe(200);

    const signOut = await browser.post("/api/auth/sign-out", {});
    expect(signOut.status).toBe(200);
    expect((await browser.query("account.me")).status).toBe(401);
  });

  it("refuses a wrong password with a clear code", async () => {
    const email = uniqueEmail("wrong");
    await new HttpSession(app.url).signUp({ name: "Barbara", email, password });

    const response = await new HttpSession(app.url).signIn({ email, password: "not the password" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "INVALID_EMAIL_OR_PASSWORD" });
  });

  it("refuses sign-up from another origin", async () => {
    const response = await new HttpSession(app.url).post(
      "/api/auth/sign-up/email",
      { name: "Mallory", email: uniqueEmail("evil"), password },
      { origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
  });

  it("redirects a signed-out visitor of the app to /sign-in, and a signed-in one away from it", async () => {
    const anonymous = new HttpSession(app.url);
    const home = await anonymous.request("/");
    expect(home.status).toBe(307);
    expect(home.headers.get("location")).toMatch(/\/sign-in$/);

    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Katherine", email: uniqueEmail("proxy"), password });
    const signInPage = await browser.request("/sign-in");
    expect(signInPage.status).toBe(307);
    expect(new URL(signInPage.headers.get("location") ?? "", app.url).pathname).toBe("/");
    expect((await browser.request("/")).status).toBe(200);
  });

  it("sends a forged session cookie back to sign-in, saying the session ended", async () => {
    const forged = await fetch(`${app.url}/`, {
      headers: { cookie: "better-auth.session_token=forged.value" },
      redirect: "manual",
    });
    expect(forged.status).toBe(307);
    expect(forged.headers.get("location")).toMatch(/\/sign-in\?session=expired$/);

    // The proxy lets the stale cookie through to sign-in (no redirect loop), and the page says why.
    const signIn = await fetch(`${app.url}/sign-in?session=expired`, {
      headers: { cookie: "better-auth.session_token=forged.value" },
      redirect: "manual",
    });
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain("Your session has ended. Sign in again.");
  });
});
