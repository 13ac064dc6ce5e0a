import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays, calendarDateIn, formatDateString, parseDateString } from "@/lib/dates";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(async () => {
  ({ page } = session);
  await page.setViewportSize({ width: 1280, height: 900 });
});

const nav = () => page.getByRole("navigation", { name: "Main" });
const taskRow = (title: string) => page.locator("li[data-task-id]", { hasText: title }).first();

/** The first day of a month on or after `today`. */
function nextFirst(today: string): string {
  const { year, month, day } = parseDateString(today);
  if (day === 1) return today;
  return formatDateString(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
}

describe("quick add", () => {
  it("parses a line into a repeating p1 task in Home labelled bills; a recognition can be undone", async () => {
    await session.signUp("Quinn Quick");
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = calendarDateIn(new Date(), timeZone);

    await nav().getByRole("button", { name: "Add project" }).click();
    const projectDialog = page.getByRole("dialog");
    await projectDialog.getByLabel("Name").fill("Home");
    await projectDialog.getByRole("button", { name: "Add project" }).click();
    await nav().getByRole("link", { name: /Home/ }).waitFor();
    // A new project opens once saved.
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    await session.settled();

    await page.keyboard.press("q");
    const dialog = page.getByRole("dialog", { name: "Quick add" });
    const field = dialog.getByLabel("Task");
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("Pay rent every month on the 1st p1 #Home @bills");

    // Each recognised part is highlighted (a button that undoes it).
    const tokens = dialog.locator("[data-token-kind]");
    await expect
      .poll(async () => (await tokens.evaluateAll((items) => items.map((item) => item.dataset.tokenKind))).sort())
      .toEqual(["label", "priority", "project", "recurrence"]);
    const texts = await tokens.allTextContents();
    expect(texts).toEqual(expect.arrayContaining(["p1", "#Home", "@bills"]));
    expect(texts.find((text) => text.startsWith("every"))).toMatch(/^every month on the 1st$/);
    const preview = dialog.getByTestId("quick-add-preview");
    await expect
      .poll(() => preview.textContent())
      .toMatch(/Adds “Pay rent” · Due .* · .*month.* · Priority 1 · Project Home · @bills \(new label\)/i);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press("Enter");
    await dialog.getByRole("status").getByText("Added “Pay rent” to Home.").waitFor();
    // Cleared, and still open for the next one.
    expect(await field.inputValue()).toBe("");

    // Undo a recognition with one click: the words go back into the title.
    await page.keyboard.type("Call the landlord p2 tomorrow");
    const p2 = dialog.locator("[data-token-kind='priority']");
    await p2.waitFor();
    await p2.click();
    await expect.poll(() => dialog.locator("[data-token-kind='priority']").count()).toBe(0);
    await expect.poll(() => preview.textContent()).toMatch(/^Adds “Call the landlord p2” · Due tomorrow/);
    expect(await field.inputValue()).toBe("Call the landlord p2 tomorrow");
    // Escape with a line typed asks first; "Keep editing" (where the keyboard lands) keeps it.
    await page.keyboard.press("Escape");
    const question = dialog.getByRole("group", { name: /^Discard “Call the landlord p2 tomorrow”\?/ });
    await question.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await question.waitFor({ state: "detached" });
    expect(await field.inputValue()).toBe("Call the landlord p2 tomorrow");
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    // A second Escape discards.
    await page.keyboard.press("Escape");
    await question.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // The task is in Home: p1, labelled bills, due the next 1st, repeating.
    await nav().getByRole("link", { name: /Home/ }).click();
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    const row = taskRow("Pay rent");
    await row.waitFor();
    await row.getByText("Priority 1").waitFor({ state: "attached" });
    await row.getByText("@bills").waitFor();
    await expect.poll(() => row.locator("[data-due]").getAttribute("data-due")).toBe(nextFirst(today));
    await row.getByText("Repeats:").waitFor({ state: "attached" });
    expect(await row.textContent()).toMatch(/month/i);
    await session.settled();
    // Drawn on the server too (the repeat chip's code loads on demand, with the page that shows it), and
    // hydrated without a mismatch (the fixture fails a test on a console error).
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain("Repeats:");
    await page.reload();
    await waitUntilInteractive(page);
    await taskRow("Pay rent").getByText("Repeats:").waitFor({ state: "attached" });
    expect(await taskRow("Pay rent").textContent()).toMatch(/month/i);
    await session.settled();
  });

  it("reads “{april 30}” as a deadline: a recognised token, then a deadline chip on the row, overdue once moved to yesterday in the details (phone, light and dark)", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await session.signUp("Dee Deadline");
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = calendarDateIn(new Date(), timeZone);
    const { year } = parseDateString(today);
    const aprilThirty = today <= `${year}-04-30` ? `${year}-04-30` : `${year + 1}-04-30`;

    await page.getByRole("button", { name: "Quick add" }).click();
    const dialog = page.getByRole("dialog", { name: "Quick add" });
    await dialog.getByLabel("Task").fill("Tax return {april 30}");
    const token = dialog.locator("[data-token-kind='deadline']");
    await token.waitFor();
    expect(await token.getAttribute("aria-label")).toBe("{april 30}: deadline. Keep as text");
    await expect
      .poll(() => dialog.getByTestId("quick-add-preview").textContent())
      .toMatch(/^Adds “Tax return” · Deadline \w+ 30 Apr/);
    await page.keyboard.press("Enter");
    await dialog.getByRole("status").getByText("Added “Tax return” to the Inbox.").waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    const row = taskRow("Tax return");
    await row.waitFor();
    const chip = row.locator("[data-deadline]");
    await expect.poll(() => chip.getAttribute("data-deadline")).toBe(aprilThirty);
    expect(await chip.textContent()).toMatch(/^Deadline 30 Apr/);
    expect(await row.locator("[data-due]").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await session.settled();

    // Moved to yesterday in the details dialog, it is marked overdue, in words too.
    await page.getByRole("button", { name: "Details of “Tax return”" }).click();
    const details = page.getByRole("dialog", { name: "Task details" });
    const deadlineField = details.getByLabel("Deadline");
    expect(await deadlineField.inputValue()).toBe(aprilThirty);
    await deadlineField.fill(addDays(today, -1));
    await details.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => chip.getAttribute("data-deadline")).toBe(addDays(today, -1));
    expect(await chip.textContent()).toMatch(/^Deadline .+, overdue· overdue$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    expect(await accessibilityViolations(page)).toEqual([]);
    await session.settled();
  });

  it("keeps “#Name” in the title when there is no such project, and offers to create it", async () => {
    await session.signUp("Nora Noproject");
    await page.getByRole("button", { name: "Quick add" }).click();
    const dialog = page.getByRole("dialog", { name: "Quick add" });
    await dialog.getByLabel("Task").fill("Water plants #Garden");
    const offer = dialog.getByRole("button", { name: "Create project “Garden”" });
    await offer.waitFor();
    await expect
      .poll(() => dialog.getByTestId("quick-add-preview").textContent())
      .toBe("Adds “Water plants #Garden” · Inbox");
    await offer.click();
    await expect.poll(() => dialog.getByTestId("quick-add-preview").textContent()).toContain("Project Garden");
    // The caret is back in the line: Enter adds the task, with no click in between.
    await expect.poll(() => dialog.getByLabel("Task").evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await dialog.getByRole("status").getByText("Added “Water plants” to Garden.").waitFor();
    // An emptied line after an add is not a mistake to point out.
    expect(await dialog.getByTestId("quick-add-preview").textContent()).toBe("");
    await session.settled();
  });
});
