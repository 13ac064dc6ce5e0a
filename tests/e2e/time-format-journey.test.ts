import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { calendarDateIn } from "@/lib/dates";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

async function axeCleanInLightAndDark(page: Page, where: string) {
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => !document.documentElement.classList.contains("dark"));
  expect(await accessibilityViolations(page), `${where} in light`).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
  expect(await accessibilityViolations(page), `${where} in dark`).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
}

describe.each([
  ["a phone", { width: 390, height: 844 }],
  ["a desktop", { width: 1280, height: 900 }],
])("time format and Completed, on %s", (_name, viewport) => {
  it("12-hour times on a row; a repeating task's completion listed in Completed under Today", async () => {
    const { page } = session;
    await page.setViewportSize(viewport);
    await session.signUp("Tess Times");
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = calendarDateIn(new Date(), timeZone);

    // Settings: the 12-hour clock (this browser's language, en-GB, would give 24-hour).
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    const formats = page.getByRole("group", { name: "Show times as" });
    expect(await formats.getByRole("radio", { name: "Automatic (from this browser’s language)" }).isChecked()).toBe(
      true,
    );
    await formats.getByRole("radio", { name: "12-hour (3:30 pm)" }).check();
    await page.getByRole("button", { name: "Save time format" }).click();
    await page.locator("[data-sonner-toast]", { hasText: "Times are shown on the 12-hour clock." }).waitFor();
    await session.settled();
    await axeCleanInLightAndDark(page, "Settings");

    // A daily task due today at 15:30 shows "3:30 pm" on its row.
    await page.goto("/");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    const field = page.getByLabel("New task");
    await field.fill("Water plants");
    await field.press("Enter");
    const row = page.locator("li[data-task-id]", { hasText: "Water plants" }).first();
    await row.waitFor();
    await session.settled();
    await page.getByRole("button", { name: "Details of “Water plants”" }).click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.getByLabel("Due date", { exact: true }).fill(today);
    await dialog.getByLabel("Due time").fill("15:30");
    await dialog.getByLabel("How often").selectOption({ label: "Every day" });
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => row.locator("[data-due]").textContent()).toContain("Today 3:30 pm");
    await session.settled();
    await axeCleanInLightAndDark(page, "Inbox");

    // Completing it moves it to tomorrow; Completed lists that completion under Today, read-only.
    await page.getByRole("checkbox", { name: "Complete “Water plants”" }).click();
    await expect.poll(() => row.locator("[data-due]").textContent()).toContain("Tomorrow 3:30 pm");
    await session.settled();
    await field.fill("Post the letter");
    await field.press("Enter");
    await page.getByRole("checkbox", { name: "Complete “Post the letter”" }).click();
    await session.settled();

    await page.goto("/completed");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Completed", level: 1 }).waitFor();
    const todays = page.getByRole("list", { name: "Today" });
    const completion = todays.getByRole("listitem").filter({ hasText: "Water plants" });
    await completion.waitFor();
    expect(await completion.textContent()).toMatch(
      /Completed \d{1,2} [A-Z][a-z]{2}, \d{1,2}:\d{2} (am|pm) \(repeats\)/,
    );
    // A past occurrence cannot be un-completed from here: the row has no box.
    expect(await completion.getByRole("checkbox").count()).toBe(0);
    await axeCleanInLightAndDark(page, "Completed");

    // A completed task is reopened from its box: it leaves Completed and is back in the Inbox.
    const letter = todays.getByRole("listitem").filter({ hasText: "Post the letter" });
    await letter.getByRole("checkbox", { name: "Complete “Post the letter”" }).click();
    await letter.waitFor({ state: "detached" });
    await session.settled();
    await page.goto("/");
    await waitUntilInteractive(page);
    await page.locator("li[data-task-id]", { hasText: "Post the letter" }).waitFor();
  });
});
