import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays, calendarDateIn, formatDueLabel } from "@/lib/dates";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(async () => {
  ({ page } = session);
  // A desktop window: the sidebar is a column beside the list.
  await page.setViewportSize({ width: 1280, height: 900 });
});

const nav = () => page.getByRole("navigation", { name: "Main" });
const taskRow = (title: string) => page.locator("li[data-task-id]", { hasText: title }).first();

async function addInSidebar(kind: "project" | "label", name: string) {
  await nav()
    .getByRole("button", { name: `Add ${kind}` })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: `Add ${kind}` }).click();
  await nav()
    .getByRole("link", { name: new RegExp(name) })
    .waitFor();
  if (kind === "project") {
    // A new project opens once saved; go back to the Inbox, where the journeys add their tasks.
    await page.getByRole("heading", { name, level: 1 }).waitFor();
    await nav().getByRole("link", { name: /Inbox/ }).click();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
  }
}

describe("organizing tasks", () => {
  it("project, label, a weekly task due today: complete shows next week, undo, search, Today and Upcoming", async () => {
    await session.signUp("Orla Organiser");
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = calendarDateIn(new Date(), timeZone);
    const nextWeek = formatDueLabel(addDays(today, 7), null, today, "h23");

    await addInSidebar("project", "Work");
    await addInSidebar("label", "errands");
    await nav().getByRole("link", { name: /Work/ }).click();
    await page.getByRole("heading", { name: "Work", level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe("Work · Tasklane");
    expect(await accessibilityViolations(page)).toEqual([]);

    const field = page.getByLabel("New task");
    await field.fill("Review notes");
    await field.press("Enter");
    await taskRow("Review notes").waitFor();
    await session.settled();

    await page.getByRole("button", { name: "Details of “Review notes”" }).click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.getByRole("checkbox", { name: "@errands" }).check();
    await dialog.getByLabel("Due date", { exact: true }).fill(today);
    await dialog.getByLabel("How often").selectOption({ label: "Every week" });
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Save" }).click();
    const row = taskRow("Review notes");
    await row.getByText("Every week").waitFor();
    await row.getByText("@errands").waitFor();
    await expect.poll(() => row.locator("[data-due]").getAttribute("data-due")).toBe(today);
    await session.settled();

    // Completing a repeating task keeps it, due a week later; Undo brings back today's date.
    await page.getByRole("checkbox", { name: "Complete “Review notes”" }).click();
    await expect.poll(() => row.locator("[data-due]").textContent()).toContain(nextWeek);
    const toast = page.locator("[data-sonner-toast]", { hasText: "Completed “Review notes”" });
    await toast.hover();
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => row.locator("[data-due]").getAttribute("data-due")).toBe(today);
    await session.settled();

    // Search finds it by a prefix, as you type.
    await nav().getByRole("link", { name: "Search" }).click();
    await page.getByLabel("Search tasks").fill("revie");
    await page.getByRole("heading", { name: "Results for “revie”" }).waitFor();
    await taskRow("Review notes").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // #Project, @label and p1 words filter.
    await page.getByLabel("Search tasks").fill("#Work @errands");
    await page.getByRole("heading", { name: "Results for “#Work @errands”" }).waitFor();
    await taskRow("Review notes").waitFor();
    await page.getByLabel("Search tasks").fill("review p1");
    await page.getByRole("heading", { name: "Results for “review p1”" }).waitFor();
    await page.getByText("No tasks match.", { exact: false }).waitFor();

    // Today lists it; Upcoming lists it under today's heading.
    await nav().getByRole("link", { name: "Today" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await taskRow("Review notes").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await nav().getByRole("link", { name: "Upcoming" }).click();
    await page.getByRole("heading", { name: "Upcoming", level: 1 }).waitFor();
    await page.getByRole("list", { name: "Today" }).getByText("Review notes").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The label's view shows it too.
    await nav()
      .getByRole("link", { name: /errands/ })
      .click();
    await page.getByRole("heading", { name: "@errands", level: 1 }).waitFor();
    await taskRow("Review notes").waitFor();
  });

  it("selects several tasks and moves them to a project, then undoes the move", async () => {
    await session.signUp("Bulk Mover");
    await addInSidebar("project", "Home");
    const field = page.getByLabel("New task");
    for (const title of ["Fix tap", "Paint door", "Stay here"]) {
      await field.fill(title);
      await field.press("Enter");
      await taskRow(title).waitFor();
    }
    await session.settled();
    await page.getByRole("checkbox", { name: "Select “Fix tap”" }).click();
    await page.getByRole("checkbox", { name: "Select “Paint door”" }).click({ modifiers: ["Shift"] });
    const toolbar = page.getByRole("toolbar", { name: "Actions for 2 selected tasks" });
    // In the dark theme too, a selected row stands out from the others, and axe finds nothing.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    const rowLook = (title: string) =>
      taskRow(title)
        .locator("> div")
        .first()
        .evaluate((row) => `${getComputedStyle(row).backgroundColor} ${getComputedStyle(row).boxShadow}`);
    expect(await rowLook("Fix tap")).not.toBe(await rowLook("Stay here"));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    // One compact bar: each action's choices open under its button; Escape closes a menu, not the selection.
    const priority = toolbar.getByRole("button", { name: "Priority" });
    await priority.click();
    await toolbar.getByRole("list", { name: "Priority" }).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => priority.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => priority.evaluate((element) => element === document.activeElement)).toBe(true);
    await toolbar.getByRole("button", { name: "Move to" }).click();
    await toolbar.getByRole("list", { name: "Move to" }).getByRole("button", { name: "Home" }).click();
    await expect.poll(() => page.locator("li[data-task-id]").count()).toBe(1);
    const toast = page.locator("[data-sonner-toast]", { hasText: "Moved 2 tasks." });
    await toast.hover();
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => page.locator("li[data-task-id]").count()).toBe(3);
  });

  it("adds subtasks from the details, shows their progress, and asks before completing the parent", async () => {
    await session.signUp("Sub Tasker");
    const field = page.getByLabel("New task");
    await field.fill("Plan trip");
    await field.press("Enter");
    await taskRow("Plan trip").waitFor();
    await session.settled();

    await page.getByRole("button", { name: "Details of “Plan trip”" }).click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    const subtaskField = dialog.getByLabel("New subtask");
    for (const title of ["Book flights", "Book hotel"]) {
      await subtaskField.fill(title);
      await subtaskField.press("Enter");
      await dialog.getByRole("list", { name: "Subtasks of “Plan trip”" }).getByText(title).waitFor();
    }
    const bookFlights = dialog.getByRole("checkbox", { name: "Complete “Book flights”" });
    await bookFlights.click();
    await expect.poll(() => bookFlights.isChecked()).toBe(true);
    await session.settled();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A subtask's own details open from the list, and save (its project field follows the parent).
    await dialog.getByRole("button", { name: "Details of “Book hotel”" }).click();
    await expect.poll(() => dialog.getByLabel("Title").inputValue()).toBe("Book hotel");
    await dialog.getByLabel("Title").fill("Book a hotel by the sea");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    await session.settled();

    const progress = page.getByRole("button", { name: "Subtasks of “Plan trip”: 1/2 done" });
    await progress.waitFor();
    await progress.click();
    await page.getByRole("list", { name: "Subtasks of “Plan trip”" }).getByText("Book a hotel by the sea").waitFor();

    // Completing the parent asks first; saying no keeps everything open.
    page.once("dialog", (question) => void question.dismiss());
    await page.getByRole("checkbox", { name: "Complete “Plan trip”" }).click();
    await session.settled();
    expect(await page.getByRole("checkbox", { name: "Complete “Plan trip”" }).isChecked()).toBe(false);
    let asked = "";
    page.once("dialog", (question) => {
      asked = question.message();
      void question.accept();
    });
    await page.getByRole("checkbox", { name: "Complete “Plan trip”" }).click();
    await expect.poll(() => page.locator("li[data-task-id]", { hasText: "Plan trip" }).count()).toBe(0);
    expect(asked).toContain("1 open subtask");
  });

  it("changes the time zone in Settings", async () => {
    await session.signUp("Zoe Zone");
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("combobox", { name: "Time zone" }).selectOption("Pacific/Kiritimati");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await page.getByText("Now: Pacific/Kiritimati", { exact: false }).waitFor();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => page.getByRole("combobox", { name: "Time zone" }).inputValue()).toBe("Pacific/Kiritimati");

    // The browser's own zone (read only in the browser, after hydration) is offered, and taken in one click.
    const device = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await page.getByRole("button", { name: `Use this device's time zone (${device})` }).click();
    await page.getByText("This device is in the same time zone.").waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "Time zone" }).inputValue()).toBe(device);
  });
});
