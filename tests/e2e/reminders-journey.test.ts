import type { BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { localDateTimeParts } from "@/lib/dates";
import { accessibilityViolations } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let context: BrowserContext;
let page: Page;

beforeEach(() => {
  ({ context, page } = session);
});

const taskList = () => page.getByRole("list", { name: "Tasks" });

async function addTask(title: string) {
  const field = page.getByLabel("New task");
  await field.fill(title);
  await field.press("Enter");
  await taskList().getByText(title, { exact: true }).waitFor();
}

/** Records the notifications the page shows (through the service worker or directly). */
async function recordNotifications() {
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { shownNotifications: shown });
    const original = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
      shown.push(title);
      return original.call(this, title, options);
    };
  });
}

describe("reminders", () => {
  it("adds reminders before the due time and at a date, deletes one, and notifies in the open app", async () => {
    await context.grantPermissions(["notifications"]);
    await recordNotifications();
    await session.signUp("Rhea Reminder");
    await addTask("Call mum");

    const details = page.getByRole("button", { name: "Details of “Call mum”" });
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await details.click();
    const reminders = dialog.getByRole("region", { name: "Reminders" });
    // No due date: only "at a set time".
    await expect.poll(() => reminders.getByLabel("Before it is due").isDisabled()).toBe(true);
    await dialog.getByLabel("Due date", { exact: true }).fill("2026-12-24");
    await dialog.getByLabel("Due time").fill("18:30");
    await dialog.getByRole("button", { name: "Save" }).click();
    await session.settled();

    await details.click();
    await reminders.getByLabel("Before it is due").check();
    await reminders.getByLabel("How many").fill("2");
    await reminders.getByLabel("Unit").selectOption("hours");
    await reminders.getByRole("button", { name: "Add reminder" }).click();
    await reminders.getByText("2 hours before (24 Dec 2026, 16:30)").waitFor();
    // The task's row shows a bell while a reminder is still to come.
    await page
      .locator("li[data-task-id]", { hasText: "Call mum" })
      .getByText("Reminder set")
      .waitFor({ state: "attached" });

    await reminders.getByLabel("At a set time").check();
    await reminders.getByLabel("Reminder date").fill("2099-12-23");
    await reminders.getByLabel("Reminder time").fill("20:00");
    await reminders.getByRole("button", { name: "Add reminder" }).click();
    await reminders.getByText("23 Dec 2099, 20:00").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await reminders.getByRole("button", { name: "Delete reminder 23 Dec 2099, 20:00" }).click();
    await reminders.getByText("23 Dec 2099, 20:00").waitFor({ state: "detached" });

    // A reminder for this very minute shows at once while the app is open.
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const now = localDateTimeParts(new Date(), timeZone);
    await reminders.getByLabel("At a set time").check();
    await reminders.getByLabel("Reminder date").fill(now.date);
    await reminders.getByLabel("Reminder time").fill(now.time);
    await reminders.getByRole("button", { name: "Add reminder" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications))
      .toEqual(["Call mum"]);
  });
});
