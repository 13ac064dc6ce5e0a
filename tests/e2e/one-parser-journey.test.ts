import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays, calendarDateIn, weekdayOf } from "@/lib/dates";
import { accessibilityViolations } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

const FRIDAY = 5;
const taskRow = (title: string) =>
  page.locator("li[data-task-id]", { has: page.getByRole("button", { name: `${title}. Edit title`, exact: true }) });

/** The parser's "friday": the next one, today included. */
function nextFriday(today: string): string {
  let day = today;
  while (weekdayOf(day) !== FRIDAY) day = addDays(day, 1);
  return day;
}

/** axe finds nothing in light and in dark, with whatever is on screen now. */
async function expectAccessibleInBothThemes() {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await accessibilityViolations(page), colorScheme).toEqual([]);
  }
}

describe("one parser in every title field", () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: the Inbox's box, a subtask's box and a rename read dates, priorities and labels`, async () => {
      await page.setViewportSize(viewport);
      await session.signUp("Olive Oneline");
      const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      const today = calendarDateIn(new Date(), timeZone);
      const tomorrow = addDays(today, 1);

      // The Inbox's own box reads the line as quick add does, and shows what it recognised before Enter.
      const form = page.getByRole("form", { name: "Add a task" });
      const field = form.getByLabel("New task");
      await field.click();
      await page.keyboard.type("Book flights friday p3 @travel");
      const tokens = form.locator("[data-token-kind]");
      await expect
        .poll(async () => (await tokens.evaluateAll((items) => items.map((item) => item.dataset.tokenKind))).sort())
        .toEqual(["date", "label", "priority"]);
      await expect
        .poll(() => form.getByTestId("line-preview").textContent())
        .toMatch(/^Adds “Book flights” · Due .* · Priority 3 · @travel \(new label\) · Inbox$/);
      await expectAccessibleInBothThemes();

      await page.keyboard.press("Enter");
      const flights = taskRow("Book flights");
      await flights.waitFor();
      expect(await field.inputValue()).toBe("");
      await expect.poll(() => flights.locator("[data-due]").getAttribute("data-due")).toBe(nextFriday(today));
      await flights.getByText("Priority 3").waitFor({ state: "attached" });
      await flights.getByText("@travel").waitFor();
      await session.settled();
      // A successful add is not a mistake to point out.
      expect(await form.getByRole("alert").count()).toBe(0);
      expect(await page.getByText("Type a title for the task.").count()).toBe(0);

      // A part un-recognised with a click stays in the title.
      await field.fill("Call the landlord p2 tomorrow");
      const p2 = form.locator("[data-token-kind='priority']");
      await p2.click();
      await expect.poll(() => p2.count()).toBe(0);
      await expect
        .poll(() => form.getByTestId("line-preview").textContent())
        .toMatch(/^Adds “Call the landlord p2” · Due tomorrow/);
      await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      const landlord = taskRow("Call the landlord p2");
      await landlord.waitFor();
      await expect.poll(() => landlord.locator("[data-due]").getAttribute("data-due")).toBe(tomorrow);
      expect(await landlord.getByText(/^Priority/).count()).toBe(0);
      await session.settled();

      // A subtask's box reads its line too: a date.
      await page.getByRole("button", { name: "Details of “Book flights”" }).click();
      const dialog = page.getByRole("dialog", { name: "Task details" });
      const subtaskField = dialog.getByLabel("New subtask");
      await subtaskField.fill("Pack bags tomorrow");
      await dialog
        .getByRole("form", { name: "Add a subtask to “Book flights”" })
        .locator("[data-token-kind='date']")
        .waitFor();
      await subtaskField.press("Enter");
      const subtasks = dialog.getByRole("list", { name: "Subtasks of “Book flights”" });
      const packBags = subtasks.locator("li", { hasText: "Pack bags" });
      await packBags.waitFor();
      await expect.poll(() => packBags.textContent()).toMatch(/^Pack bags\s*Due Tomorrow$/);
      await session.settled();
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });

      // A rename reads the new title: "X tomorrow" is "X", due tomorrow, shown before it is saved.
      await page.getByRole("button", { name: "Book flights. Edit title", exact: true }).click();
      const titleField = page.getByLabel("Task title");
      await titleField.fill("X tomorrow");
      const rename = page.getByRole("group", { name: "Rename “Book flights”" });
      await expect
        .poll(() => rename.getByTestId("line-preview").textContent())
        .toMatch(/^Renames to “X” · Due tomorrow/);
      await titleField.press("Enter");
      const renamed = taskRow("X");
      await renamed.waitFor();
      await expect.poll(() => renamed.locator("[data-due]").getAttribute("data-due")).toBe(tomorrow);
      // Only what was typed changed: its priority and label stay.
      await renamed.getByText("Priority 3").waitFor({ state: "attached" });
      await renamed.getByText("@travel").waitFor();
      await session.settled();
    });
  }
});
