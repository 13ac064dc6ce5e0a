import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { totpCode } from "~tests/factories/totp";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

const PERIOD_MS = 30_000;

describe("two-factor authentication, in the browser", () => {
  it("turns on in Settings, then signing in asks for the code and lands where the user was going", async () => {
    session.expectResponse(
      { method: "POST", path: "/api/auth/two-factor/enable", status: 400 },
      "turning it on with a wrong password is refused",
    );
    const email = await session.signUp("Tess Totp");
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Two-factor authentication", level: 2 }).waitFor();

    const turnOn = page.getByRole("form", { name: "Turn on two-factor authentication" });
    await turnOn.getByLabel("Your password").fill("not the password");
    await turnOn.getByRole("button", { name: "Turn on" }).click();
    await turnOn.getByRole("alert").filter({ hasText: "That password is not right." }).waitFor();
    await turnOn.getByLabel("Your password").fill(PASSWORD);
    await turnOn.getByRole("button", { name: "Turn on" }).click();

    await page.getByRole("heading", { name: "Set up your authenticator app", level: 3 }).waitFor();
    await page.getByRole("img", { name: "QR code to scan with your authenticator app" }).waitFor();
    expect(await page.getByRole("list", { name: "Backup codes" }).getByRole("listitem").count()).toBe(10);
    expect(await accessibilityViolations(page)).toEqual([]);
    const secret = (await page.getByLabel("Setup key").inputValue()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);

    const confirm = page.getByRole("form", { name: "Confirm two-factor authentication" });
    const codeField = confirm.getByLabel("6-digit code");
    await codeField.fill("12345");
    await confirm.getByRole("button", { name: "Confirm and turn on" }).click();
    await confirm.getByRole("alert").filter({ hasText: "Enter the 6 digits" }).waitFor();
    expect(await codeField.getAttribute("aria-invalid")).toBe("true");

    await codeField.fill(totpCode(secret));
    await confirm.getByRole("button", { name: "Confirm and turn on" }).click();
    await page.getByRole("form", { name: "Turn off two-factor authentication" }).waitFor();
    // Axe reads a toast's colours mid fade-in as too faint: check once it is fully shown.
    const toast = page.locator("[data-sonner-toast]", { hasText: "Two-factor authentication is on." });
    await expect.poll(() => toast.evaluate((element) => getComputedStyle(element).opacity)).toBe("1");
    expect(await accessibilityViolations(page)).toEqual([]);

    // From here on, a clean run: no failed request, no console error.
    const problemsBefore = session.problems.length;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.waitForURL((url) => url.pathname === "/two-factor");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/settings");
    await page.getByRole("heading", { name: "Two-factor authentication", level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("code");
    expect(await page.getByLabel("6-digit code").getAttribute("autocomplete")).toBe("one-time-code");
    expect(await page.getByLabel("6-digit code").getAttribute("inputmode")).toBe("numeric");
    expect(await accessibilityViolations(page)).toEqual([]);

    // The code of the next period: the current one was spent turning two-factor on.
    await page.keyboard.type(totpCode(secret, Date.now() + PERIOD_MS));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/settings");
    const turnOff = page.getByRole("form", { name: "Turn off two-factor authentication" });
    await turnOff.getByLabel("Your password").fill(PASSWORD);
    await turnOff.getByRole("button", { name: "Turn off" }).click();
    await page.getByRole("form", { name: "Turn on two-factor authentication" }).waitFor();
    expect(session.problems.slice(problemsBefore)).toEqual([]);
  });

  it("offers a backup code instead, and says when a code is wrong", async () => {
    session.expectResponse(
      { method: "POST", path: "/api/auth/two-factor/verify-backup-code", status: 401 },
      "no sign-in is in progress in this browser",
    );
    await page.goto("/two-factor");
    await waitUntilInteractive(page);
    await page.getByRole("button", { name: "Use a backup code instead" }).click();
    const field = page.getByLabel("Backup code");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("code");
    await field.fill("abcde-12345");
    await page.getByRole("button", { name: "Verify" }).click();
    // No sign-in in progress in this browser: the page says so and links back.
    await page.getByRole("alert").filter({ hasText: "This sign-in attempt has expired" }).waitFor();
    await page.getByRole("link", { name: "Sign in again" }).waitFor();
    expect(await field.inputValue()).toBe("abcde-12345");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
