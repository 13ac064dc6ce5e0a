import type { Page, Request, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

// A test here holds the app's requests back (page.route): see setupBrowserSession.
const session = setupBrowserSession({}, { serviceWorkers: "block" });

const titlesIn = (page: Page, list: string) =>
  page.getByRole("list", { name: list }).locator("[id^='task-title-']").allTextContents();
const toggle = (page: Page, section: string) =>
  page.locator(`h2 button[aria-controls^="section-tasks-"]`, { hasText: section });

async function addSection(page: Page, name: string) {
  await page.getByRole("button", { name: "Add section", exact: true }).click();
  const field = page.getByRole("textbox", { name: "Section name" });
  await field.fill(name);
  await field.press("Enter");
  await toggle(page, name).waitFor();
}

async function expectAccessibleInLightAndDark(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await accessibilityViolations(page), colorScheme).toEqual([]);
  }
}

describe("sections", () => {
  it("a phone: two sections, tasks added into one by quick add, moved by the details dialog, by keyboard and by drag, one collapsed across a reload", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Sasha Sections");
    await session.addProject("Home");
    await page.setViewportSize({ width: 360, height: 800 });

    await addSection(page, "To do");
    await addSection(page, "Doing");

    // Quick add: "/To do" picks the project's section (shown as recognised before Enter).
    const field = page.getByLabel("New task");
    await field.fill("Buy paint /to do");
    await page.getByRole("button", { name: "/to do: section. Keep as text" }).waitFor();
    await field.press("Enter");
    await field.fill("Fix shelf");
    await field.press("Enter");
    await expect.poll(() => titlesIn(page, "To do")).toEqual(["Buy paint"]);
    await expect.poll(() => titlesIn(page, "Tasks")).toEqual(["Fix shelf"]);
    await session.settled();

    // The details dialog's Section field.
    await page.getByRole("button", { name: "Details of “Fix shelf”" }).click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.getByLabel("Section").selectOption({ label: "Doing" });
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => titlesIn(page, "Doing")).toEqual(["Fix shelf"]);
    await session.settled();

    // The keyboard: Arrow Down on the last task of "To do" takes it to the top of "Doing".
    await page.getByRole("button", { name: "Reorder “Buy paint”" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => titlesIn(page, "Doing")).toEqual(["Buy paint", "Fix shelf"]);
    expect(await titlesIn(page, "To do")).toEqual([]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Reorder “Buy paint”");
    await session.settled();

    // Drag a row onto a section's heading: it goes to the end of that section.
    await page.getByRole("button", { name: "Reorder “Fix shelf”" }).dragTo(toggle(page, "To do"));
    await expect.poll(() => titlesIn(page, "To do")).toEqual(["Fix shelf"]);
    await session.settled();

    // Collapse "Doing": remembered across a reload.
    await toggle(page, "Doing").click();
    await expect.poll(() => toggle(page, "Doing").getAttribute("aria-expanded")).toBe("false");
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    expect(await toggle(page, "Doing").getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByText("Buy paint").isVisible()).toBe(false);
    expect(await titlesIn(page, "To do")).toEqual(["Fix shelf"]);

    await expectAccessibleInLightAndDark(page);
  });

  it("a section deleted while a task's completion waits for its answer does not bring the task back", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Della Delete");
    await session.addProject("Garden");
    await addSection(page, "Later");
    const field = page.getByLabel("New task");
    await field.fill("Plant bulbs /later");
    await page.getByRole("button", { name: "/later: section. Keep as text" }).waitFor();
    await field.press("Enter");
    await field.fill("Mow the lawn");
    await field.press("Enter");
    await expect.poll(() => titlesIn(page, "Later")).toEqual(["Plant bulbs"]);
    await expect.poll(() => titlesIn(page, "Tasks")).toEqual(["Mow the lawn"]);
    await session.settled();

    // The completion is held: the row is gone at once, the server has not stored it yet.
    const held: Route[] = [];
    await page.route("**/api/trpc/task.setCompleted**", (route) => void held.push(route));
    await page.getByRole("checkbox", { name: "Complete “Mow the lawn”" }).click();
    await expect.poll(() => held.length).toBe(1);
    await expect.poll(() => titlesIn(page, "Tasks")).toEqual([]);

    // Meanwhile the section goes, its task moved out of it: answered while the completion still waits.
    const listReads: Request[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc/") && request.url().includes("task.list")) listReads.push(request);
    });
    await page.getByRole("button", { name: "Actions for section “Later”" }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    // Once deleted, the project's sections are read again: the lists are not, while the completion waits.
    const sectionsRead = page.waitForRequest((request) => request.url().includes("section.list"));
    await page.getByRole("button", { name: "Delete section" }).click();
    expect((await sectionsRead).url()).not.toContain("task.list");
    await page.evaluate(() => new Promise(requestAnimationFrame));
    // A read of the lists now would bring "Mow the lawn" back until the completion's answer.
    expect(listReads).toEqual([]);
    expect(await titlesIn(page, "Tasks")).not.toContain("Mow the lawn");

    await held[0]?.continue();
    await page.unroute("**/api/trpc/task.setCompleted**");
    await expect.poll(() => listReads.length).toBeGreaterThan(0);
    await expect.poll(() => titlesIn(page, "Tasks")).toEqual(["Plant bulbs"]);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => titlesIn(page, "Tasks")).toEqual(["Plant bulbs"]);
  });
});
