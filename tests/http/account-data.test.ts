import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/lib/schemas/account";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

const password = "correct horse battery";

async function signedUp(name: string) {
  const browser = new HttpSession(app.url);
  const email = uniqueEmail("data");
  expect((await browser.signUp({ name, email, password })).status).toBe(200);
  return { browser, email };
}

function deleteAccount(browser: HttpSession, input: { password: string; confirmation: string }) {
  return browser.post("/api/trpc/account.delete", superjson.serialize(input));
}

describe("account data over HTTP (next start)", () => {
  it("answers 401 to an export without a session", async () => {
    const response = await new HttpSession(app.url).request("/api/account/export");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-disposition")).toBeNull();
  });

  it("downloads the signed-in user's data as a dated JSON attachment, with no secrets", async () => {
    const { browser, email } = await signedUp("Exporter");
    await browser.post("/api/trpc/task.create", superjson.serialize({ title: "Take out the bins" }));

    const response = await browser.request("/api/account/export");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tasklane-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    const data = JSON.parse(text) as { user: { email: string }; tasks: { title: string }[]; sessions: unknown[] };
    expect(data.user.email).toBe(email);
    expect(data.tasks.map((task) => task.title)).toEqual(["Take out the bins"]);
    expect(data.sessions).toHaveLength(1);
    expect(text).not.toMatch(/"(password|token|accessToken|refreshToken|idToken)"/i);
    expect(text).not.toContain(browser.cookieHeader().split("=")[1]?.split(".")[0] ?? "no cookie");
  });

  it("refuses a wrong password, then deletes the account: the old cookie is refused at once", async () => {
    const { browser, email } = await signedUp("Leaver");

    const wrong = await deleteAccount(browser, {
      password: "not the password",
      confirmation: DELETE_ACCOUNT_CONFIRMATION,
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain("That password is not right.");
    expect((await browser.query("account.me")).status).toBe(200);

    const cookie = browser.cookieHeader();
    const deleted = await deleteAccount(browser, { password, confirmation: DELETE_ACCOUNT_CONFIRMATION });
    expect(deleted.status).toBe(200);

    const me = await fetch(`${app.url}/api/trpc/account.me`, { headers: { cookie } });
    expect(me.status).toBe(401);
    const exported = await fetch(`${app.url}/api/account/export`, { headers: { cookie } });
    expect(exported.status).toBe(401);
    // The account is gone: its credentials no longer sign in.
    expect((await new HttpSession(app.url).signIn({ email, password })).status).toBe(401);
  });

  it("signing out after the deletion clears the cookie, and the sign-in page shows without errors", async () => {
    const { browser } = await signedUp("Gone");
    expect((await deleteAccount(browser, { password, confirmation: DELETE_ACCOUNT_CONFIRMATION })).status).toBe(200);

    // What the settings page does next: sign out (the session row is already gone).
    expect((await browser.post("/api/auth/sign-out", {})).status).toBe(200);
    expect(browser.hasCookies()).toBe(false);
    const signIn = await browser.request("/sign-in");
    expect(signIn.status).toBe(200);
  });
});
