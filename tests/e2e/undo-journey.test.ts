import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(async () => {
  ({ page } = session);
  await page.setViewportSize({ width: 1280, height: 900 });
});

const nav = () => page.getByRole("navigation", { name: "Main" });
const taskTitles = () => page.getByRole("list", { name: "Tasks" }).locator("li [id^='task-title-']").allTextContents();

describe("undo", () => {
  it("moving a task to another project from its details can be undone", async () => {
    await session.signUp("Uma Undo");
    await nav().getByRole("button", { name: "Add project" }).click();
    const projectDialog = page.getByRole("dialog");
    await projectDialog.getByLabel("Name").fill("Work");
    await projectDialog.getByRole("button", { name: "Add project" }).click();
    // A new project opens once saved; these tasks go to the Inbox.
    await page.getByRole("heading", { name: "Work", level: 1 }).waitFor();
    await nav().getByRole("link", { name: /Inbox/ }).click();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();

    const field = page.getByLabel("New task");
    for (const title of ["First", "Move me", "Last"]) {
      await field.fill(title);
      await field.press("Enter");
    }
    await expect.poll(taskTitles).toEqual(["First", "Move me", "Last"]);
    await session.settled();

    await page.getByRole("button", { name: "Details of “Move me”" }).click();
    const details = page.getByRole("dialog", { name: "Task details" });
    await details.getByLabel("Project").selectOption({ label: "Work" });
    await details.getByRole("button", { name: "Save" }).click();
    await expect.poll(taskTitles).toEqual(["First", "Last"]);

    const toast = page.locator("[data-sonner-toast]", { hasText: "Moved “Move me”" });
    await toast.hover();
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect.poll(taskTitles).toEqual(["First", "Move me", "Last"]);
    await session.settled();

    // Stored: a reload shows it back in the Inbox, and Work is empty.
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(taskTitles).toEqual(["First", "Move me", "Last"]);
    await nav().getByRole("link", { name: /Work/ }).click();
    await page.getByRole("heading", { name: "Work", level: 1 }).waitFor();
    await page.getByText("No tasks", { exact: false }).first().waitFor();
  });
});
