import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { appDatabase, linkIn } from "~tests/http/app-database";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
const sql = appDatabase(session.app);

const taskListPath = `/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify(superjson.serialize({})))}`;

describe("security settings", () => {
  it("shows this device, creates an API token shown once, which calls the API until revoked", async () => {
    const { page } = session;
    await session.signUp("Sam Secure");
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "API tokens", level: 2 }).waitFor();
    for (const heading of ["Email", "Password", "Sessions"]) {
      await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
    }
    const sessions = page.getByRole("list", { name: "Sessions" });
    await sessions.getByText("This device").waitFor();
    await sessions.getByText("Chrome on Linux").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("alert").filter({ hasText: "Name the token" }).waitFor();

    await page.getByLabel("Token name").fill("e2e script");
    await page.getByLabel("Expires").selectOption({ label: "In 7 days" });
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByTestId("new-access-token");
    await shown.waitFor();
    const token = (await shown.textContent())?.trim() ?? "";
    expect(token).toMatch(/^tlpat_/);
    await page.getByText("it will not be shown again").waitFor();
    await page.getByText(`…${token.slice(-4)}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const call = () => page.request.get(taskListPath, { headers: { Authorization: `Bearer ${token}` } });
    expect((await call()).status()).toBe(200);

    await page.getByRole("button", { name: "Revoke e2e script" }).click();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await page.getByText("You have no tokens.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("API tokens");
    expect(await shown.count()).toBe(0);
    await session.settled();

    expect((await call()).status()).toBe(401);
  });

  it("makes a project's calendar feed, shown once, which answers text/calendar until revoked", async () => {
    const { page } = session;
    await session.signUp("Cal Endar");
    const made = await page.request.post("/api/trpc/project.create", {
      data: superjson.serialize({ name: "Garden" }),
      headers: { origin: session.app.url },
    });
    expect(made.status()).toBe(200);
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Calendar feed", level: 2 }).waitFor();
    await page.getByText("You have no calendar feeds.").waitFor();

    await page.getByLabel("Tasks in the feed").selectOption({ label: "Garden" });
    await page.getByRole("button", { name: "Create feed" }).click();
    const shown = page.getByTestId("new-calendar-feed-url");
    await shown.waitFor();
    const url = (await shown.textContent())?.trim() ?? "";
    expect(url).toMatch(/\/api\/calendar\/tlcal_[A-Za-z0-9_-]{43}\.ics$/);
    const feeds = page.getByRole("list", { name: "Calendar feeds" });
    await feeds.getByText("Project “Garden”").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });

    const poll = () => page.request.get(new URL(url).pathname);
    const first = await poll();
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

    await feeds.getByRole("button", { name: /^Revoke Project “Garden” feed/ }).click();
    await page.getByRole("button", { name: "Revoke feed" }).click();
    await page.getByText("You have no calendar feeds.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Calendar feed");
    await session.settled();
    expect((await poll()).status()).toBe(404);
  });
});

describe("a token needs a recent sign-in", () => {
  it("after 15 minutes, creating one asks to sign in again, which comes back to the tokens to create it", async () => {
    const { page } = session;
    session.allowTrpcErrors("accessToken.create", "a token asked for 16 minutes after signing in is refused");
    const email = await session.signUp("Tom Token");
    await sql.query(
      `update session set created_at = now() - interval '16 minutes' where user_id = (select id from "user" where email = $1)`,
      [email],
    );
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByLabel("Token name").fill("late script");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("alert").filter({ hasText: "For your security, sign in again to create a token" }).waitFor();
    expect(await page.getByTestId("new-access-token").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Sign in again" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/settings" && url.hash === "#settings-tokens");

    await page.getByLabel("Token name").fill("late script");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByTestId("new-access-token").waitFor();
  });
});

describe("signing in safely", () => {
  it("signs out another device, changes the password, and changes the email after signing in again", async () => {
    const { page, context } = session;
    session.expectResponse(
      { method: "POST", path: "/api/auth/change-password", status: 400 },
      "changing the password with a wrong current one is refused",
    );
    session.expectResponse(
      { method: "POST", path: "/api/auth/change-email", status: 403 },
      "changing the email 16 minutes after signing in is refused",
    );
    const email = await session.signUp("Pat Password");

    // A second device signs in.
    const browser = context.browser();
    if (!browser) throw new Error("no browser");
    const other = await browser.newContext({ baseURL: session.app.url });
    const otherPage = await other.newPage();
    await otherPage.goto("/sign-in");
    await waitUntilInteractive(otherPage);
    await otherPage.getByLabel("Email").fill(email);
    await otherPage.getByLabel("Password").fill(PASSWORD);
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await otherPage.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();

    await page.goto("/settings");
    await waitUntilInteractive(page);
    const sessions = page.getByRole("list", { name: "Sessions" });
    await expect.poll(() => sessions.getByRole("listitem").count()).toBe(2);
    await sessions.getByRole("button", { name: /^Sign out/ }).click();
    await expect.poll(() => sessions.getByRole("listitem").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Sessions");
    await otherPage.goto("/");
    await otherPage.waitForURL((url) => url.pathname === "/sign-in");
    await other.close();

    // Password: the rules of sign-up, then a change.
    const newPassword = "a brand new passphrase";
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("alert").filter({ hasText: "Use at least 8 characters." }).waitFor();
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("alert").filter({ hasText: "That password is not right." }).waitFor();
    expect(await page.getByLabel("Sign out my other sessions").isChecked()).toBe(true);
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("status").filter({ hasText: "Your password has been changed" }).first().waitFor();

    // Email: a session older than 15 minutes must sign in again first.
    await sql.query(
      `update session set created_at = now() - interval '16 minutes' where user_id = (select id from "user" where email = $1)`,
      [email],
    );
    const newEmail = `pat-new-${Date.now()}@example.test`;
    await page.getByLabel("New email").fill(newEmail);
    await page.getByRole("button", { name: "Change email" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "For your security, sign in again to change your email" })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Sign in again" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(newPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/settings");

    await page.getByLabel("New email").fill(newEmail);
    await page.getByRole("button", { name: "Change email" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `We sent a link to ${newEmail}.` })
      .waitFor();
    const [mail] = await sql.outbox(newEmail);
    const link = linkIn(mail?.text);
    await page.goto(`${link.pathname}${link.search}`);
    await page.waitForURL((url) => url.pathname === "/settings" && url.searchParams.get("email") === "changed");
    await page.getByRole("status").filter({ hasText: "Your email address has been changed" }).waitFor();
    await page.getByText(`You sign in with ${newEmail}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("an account without a password", () => {
  it("explains how to set one instead of showing the change-password form", async () => {
    const { page } = session;
    const email = await session.signUp("Mia Magic");
    // As if the account had been made with a magic link or a provider: no credential account.
    await sql.query(
      `delete from account where provider_id = 'credential' and user_id = (select id from "user" where email = $1)`,
      [email],
    );

    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByText("You sign in without a password").waitFor();
    const passwordSection = page.getByRole("region", { name: "Password" });
    expect(await passwordSection.getByRole("link", { name: "Forgot password" }).getAttribute("href")).toBe(
      "/forgot-password",
    );
    expect(await page.getByLabel("Current password").count()).toBe(0);
    // Two-factor is confirmed with the password too: it says so instead of offering a form that cannot work.
    const twoFactor = page.getByRole("region", { name: "Two-factor authentication" });
    await twoFactor.getByText("needs a password to confirm changes").waitFor();
    expect(await twoFactor.getByRole("button", { name: "Turn on" }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
