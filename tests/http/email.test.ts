import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase, linkIn } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();
const password = "correct horse battery";

const { db, outbox } = appDatabase(app);

async function emailVerified(email: string): Promise<boolean | undefined> {
  const result = await (await db()).query<{ verified: boolean }>(
    'select email_verified as verified from "user" where email = $1',
    [email],
  );
  return result.rows[0]?.verified;
}

/** The status of a signed-in call: 200 while the session lives, 401 once it is gone. */
async function sessionStatus(browser: HttpSession): Promise<number> {
  return (await browser.query("account.me")).status;
}

describe("email over HTTP (outbox, no SMTP)", () => {
  it("sends a verification link on sign-up; following it verifies the email", async () => {
    const browser = new HttpSession(app.url);
    const email = uniqueEmail("verify");
    expect((await browser.signUp({ name: "Ada", email, password })).status).toBe(200);
    expect(await sessionStatus(browser)).toBe(200);
    expect(await emailVerified(email)).toBe(false);

    const [message, ...others] = await outbox(email);
    expect(others).toHaveLength(0);
    expect(message?.subject).toMatch(/verify your email/i);
    const link = linkIn(message?.text);
    expect(link.origin).toBe(app.url);
    expect(link.pathname).toBe("/api/auth/verify-email");

    const verified = await browser.request(`${link.pathname}${link.search}`);
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toBe("/verify-email?status=verified");
    expect(await emailVerified(email)).toBe(true);

    const page = await browser.request("/verify-email?status=verified");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Your email is verified");
  });

  it("sends a bad verification link to the result page with an error", async () => {
    const response = await new HttpSession(app.url).request(
      `/api/auth/verify-email?token=not-a-token&callbackURL=${encodeURIComponent("/verify-email?status=verified")}`,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/verify-email\?status=verified&error=/);
  });

  it("answers a reset request the same for an unknown email, and sends nothing", async () => {
    const unknown = uniqueEmail("nobody");
    const known = uniqueEmail("known");
    await new HttpSession(app.url).signUp({ name: "Known", email: known, password });

    const forUnknown = await new HttpSession(app.url).post("/api/auth/request-password-reset", {
      email: unknown,
      redirectTo: "/reset-password",
    });
    const forKnown = await new HttpSession(app.url).post("/api/auth/request-password-reset", {
      email: known,
      redirectTo: "/reset-password",
    });
    expect(forUnknown.status).toBe(200);
    expect(forKnown.status).toBe(200);
    expect(await forUnknown.json()).toEqual(await forKnown.json());
    expect(await outbox(unknown)).toHaveLength(0);
    expect((await outbox(known)).map((message) => message.subject)).toContain("Reset your Tasklane password");
  });

  it("resets the password with the emailed token, once, and signs out every other session", async () => {
    const email = uniqueEmail("reset");
    const newPassword = "a brand new passphrase";
    const other = new HttpSession(app.url);
    expect((await other.signUp({ name: "Grace", email, password })).status).toBe(200);
    expect(await sessionStatus(other)).toBe(200);

    const anonymous = new HttpSession(app.url);
    expect((await anonymous.post("/api/auth/request-password-reset", { email })).status).toBe(200);
    const reset = (await outbox(email)).find((message) => message.subject === "Reset your Tasklane password");
    const link = linkIn(reset?.text);
    expect(link.pathname).toBe("/reset-password");
    const token = link.searchParams.get("token") ?? "";
    expect(token).not.toBe("");
    // Only a hash of the token is stored: a copy of the table opens no account.
    const stored = await (await db()).query<{ identifier: string; value: string }>(
      'select identifier, value from verification where value = (select id::text from "user" where email = $1)',
      [email],
    );
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const page = await anonymous.request(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("New password");

    const done = await anonymous.post("/api/auth/reset-password", { token, newPassword });
    expect(done.status).toBe(200);

    expect((await new HttpSession(app.url).signIn({ email, password })).status).toBe(401);
    expect((await new HttpSession(app.url).signIn({ email, password: newPassword })).status).toBe(200);
    expect(await sessionStatus(other)).toBe(401);

    const again = await anonymous.post("/api/auth/reset-password", { token, newPassword: "yet another passphrase" });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await new HttpSession(app.url).signIn({ email, password: newPassword })).status).toBe(200);
  });

  it("serves the password pages to anyone, and hides the dev outbox in production", async () => {
    const anonymous = new HttpSession(app.url);
    expect((await anonymous.request("/forgot-password")).status).toBe(200);
    expect((await anonymous.request("/reset-password")).status).toBe(200);
    expect((await anonymous.request("/dev/outbox")).status).toBe(404);
    expect(await (await anonymous.request("/sign-in")).text()).toContain("Forgot password?");
  });
});
