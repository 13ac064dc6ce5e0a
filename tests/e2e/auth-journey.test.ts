import type { BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let context: BrowserContext;
let page: Page;

beforeEach(() => {
  ({ context, page } = session);
});

const password = PASSWORD;
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}@example.test`;
const signUp = (name: string, email: string) => session.signUp(name, email);

describe("a new user's first visit", () => {
  it("signs up through the form, lands in the app, stays signed in on reload, and signs out", async () => {
    await page.goto("/");
    await waitUntilInteractive(page);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL("**/sign-up");
    const email = uniqueEmail("journey");
    await signUp("Ada Lovelace", email);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.getByTestId("user-name").textContent()).resolves.toBe("Ada Lovelace");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await waitUntilInteractive(page);
    await page.getByTestId("user-name").getByText("Ada Lovelace").waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in");
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("shows field errors for an empty sign-up form and keeps what was typed", async () => {
    await page.goto("/sign-up");
    await waitUntilInteractive(page);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByText("Enter your name.").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Enter a valid email address.").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Use at least 8 characters.").isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Email").inputValue()).resolves.toBe("not-an-email");
    await expect(page.getByLabel("Name").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("says when an email is already taken", async () => {
    session.expectResponse(
      { method: "POST", path: "/api/auth/sign-up/email", status: 422 },
      "the second sign-up with the same email is refused",
    );
    const email = uniqueEmail("taken");
    await signUp("First Owner", email);
    await context.clearCookies();

    await page.goto("/sign-up");
    await waitUntilInteractive(page);
    await page.getByLabel("Name").fill("Second Owner");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("An account with this email already exists.", { exact: false }).waitFor();
  });

  it("signs in with the keyboard, after a clear message for a wrong password", async () => {
    session.expectResponse({ method: "POST", path: "/api/auth/sign-in/email", status: 401 }, "the wrong password");
    const email = uniqueEmail("keyboard");
    await signUp("Grace Hopper", email);
    await context.clearCookies();

    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    await page.getByLabel("Email").focus();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("wrong password");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").getByText("Wrong email or password.").waitFor();

    await page.getByLabel("Password").fill(password);
    await page.keyboard.press("Enter");
    await page.getByTestId("user-name").getByText("Grace Hopper").waitFor();
  });

  it("meets WCAG AA in dark mode too", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a helpful 404 page", async () => {
    session.expectResponse({ method: "GET", path: "/no-such-page", status: 404 }, "the page does not exist");
    await signUp("Lost Visitor", uniqueEmail("lost"));
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "This page does not exist" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("a sign-in form sent before its page has hydrated", () => {
  // Without JavaScript the browser sends the form itself, as it does for a tap before React has hydrated the
  // page (a slow phone's first second): a GET would write the password into the URL.
  it("is posted, so the password stays out of the URL, the history and the server's logs", async () => {
    const browser = context.browser();
    if (!browser) throw new Error("no browser");
    const withoutScripts = await browser.newContext({ baseURL: session.app.url, javaScriptEnabled: false });
    try {
      for (const [path, submit] of [
        ["/sign-in", "Sign in"],
        ["/sign-up", "Create account"],
      ] as const) {
        const early = await withoutScripts.newPage();
        await early.goto(path);
        await early.getByLabel("Email").fill("early@example.test");
        await early.getByLabel("Password").fill(password);
        const sent = early.waitForRequest((request) => request.isNavigationRequest());
        await early.getByRole("button", { name: submit }).click();
        const request = await sent;
        expect(request.method(), path).toBe("POST");
        expect(request.url(), path).not.toContain("password");
        await early.waitForLoadState();
        expect(new URL(early.url()).search, path).toBe("");
        await early.close();
      }
    } finally {
      await withoutScripts.close();
    }
  });
});
