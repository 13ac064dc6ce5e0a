import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase, linkIn } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";
import { nextCode, turnOnTwoFactor } from "./two-factor-user";

const app = setupAppServer();
const database = appDatabase(app);
const password = "correct horse battery";

async function existingUser(tag: string) {
  const email = uniqueEmail(tag);
  expect((await new HttpSession(app.url).signUp({ name: "Mags", email, password })).status).toBe(200);
  return email;
}

/** Asks for a link from a fresh browser; returns the browser and the link from the outbox. */
async function requestLink(email: string) {
  const browser = new HttpSession(app.url);
  const asked = await browser.post("/api/auth/sign-in/magic-link", {
    email,
    callbackURL: "/today",
    errorCallbackURL: "/magic-link",
  });
  expect(asked.status).toBe(200);
  const messages = await database.outbox(email);
  const message = messages.at(-1);
  return { browser, message, link: linkIn(message?.text) };
}

const follow = (browser: HttpSession, link: URL) => browser.request(`${link.pathname}${link.search}`);
const signedIn = async (browser: HttpSession) => (await browser.query("account.me")).status === 200;

describe("magic link sign-in", () => {
  it("emails a link that signs in once and leads to the page asked for", async () => {
    const email = await existingUser("magic");
    const { browser, message, link } = await requestLink(email);
    expect(message?.subject).toBe("Your Tasklane sign-in link");
    expect(link.origin).toBe(app.url);
    expect(link.pathname).toBe("/api/auth/magic-link/verify");

    const opened = await follow(browser, link);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(`${app.url}/today`);
    expect(await signedIn(browser)).toBe(true);

    const again = new HttpSession(app.url);
    const reused = await follow(again, link);
    expect(reused.headers.get("location")).toMatch(new RegExp(`^${app.url}/magic-link\\?error=INVALID_TOKEN`));
    expect(await signedIn(again)).toBe(false);
  });

  it("keeps only a hash of the token", async () => {
    const email = await existingUser("magic-hash");
    const { link } = await requestLink(email);
    const token = link.searchParams.get("token") ?? "missing";
    const rows = await database.query<{ identifier: string; value: string }>(
      "select identifier, value from verification where value like $1",
      [`%${email}%`],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("refuses a link older than 5 minutes", async () => {
    const email = await existingUser("magic-old");
    const { browser, link } = await requestLink(email);
    const stored = await database.query<{ expires_at: Date; created_at: Date }>(
      "select expires_at, created_at from verification where value like $1",
      [`%${email}%`],
    );
    const lifetime = (stored[0]?.expires_at.getTime() ?? 0) - (stored[0]?.created_at.getTime() ?? 0);
    expect(Math.round(lifetime / 1000)).toBe(300);

    await database.query("update verification set expires_at = now() - interval '1 second' where value like $1", [
      `%${email}%`,
    ]);
    const opened = await follow(browser, link);
    expect(opened.headers.get("location")).toMatch(new RegExp(`^${app.url}/magic-link\\?error=`));
    expect(await signedIn(browser)).toBe(false);
  });

  it("answers the same for an unknown address, and tells that address there is no account", async () => {
    const email = uniqueEmail("magic-nobody");
    const asked = await new HttpSession(app.url).post("/api/auth/sign-in/magic-link", { email, callbackURL: "/" });
    expect(asked.status).toBe(200);
    const [message, ...others] = await database.outbox(email);
    expect(others).toHaveLength(0);
    expect(message?.subject).toBe("Signing in to Tasklane");
    expect(linkIn(message?.text).pathname).toBe("/sign-up");
    expect(await database.query('select id from "user" where email = $1', [email])).toEqual([]);
  });

  it("asks a two-factor user for a code before the link's session exists", async () => {
    const email = uniqueEmail("magic-2fa");
    const owner = new HttpSession(app.url);
    await owner.signUp({ name: "Mags", email, password });
    const secret = await turnOnTwoFactor(owner, password);

    const { browser, link } = await requestLink(email);
    const opened = await follow(browser, link);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(`/two-factor?next=${encodeURIComponent("/today")}`);
    expect(await signedIn(browser)).toBe(false);

    const verified = await browser.post("/api/auth/two-factor/verify-totp", { code: nextCode(secret) });
    expect(verified.status).toBe(200);
    expect(await signedIn(browser)).toBe(true);
  });

  it("shows the request page, and an explanation when a link failed", async () => {
    const page = await new HttpSession(app.url).request("/magic-link?error=INVALID_TOKEN");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Sign in with an email link");
    expect(html).toContain("expired or was already used");
  });
});
