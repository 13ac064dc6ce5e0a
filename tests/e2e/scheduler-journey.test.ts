import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

/** A date `days` from today, in UTC (the browser's zone here, which sign-up takes as the user's). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Creates a task over HTTP as the signed-in user (a date in the past cannot be typed into the app). */
async function createTask(title: string, dueDate?: string) {
  const cookie = (await session.context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const response = await fetch(`${session.app.url}/api/trpc/task.create`, {
    method: "POST",
    headers: { cookie, origin: session.app.url, "content-type": "application/json" },
    body: JSON.stringify({ json: { title, ...(dueDate ? { dueDate } : {}) } }),
  });
  expect(response.status).toBe(200);
}

const row = (title: string) => page.getByRole("listitem", { name: `${title}. Edit title`, exact: true });
const dueChip = (title: string) => row(title).getByRole("button", { name: new RegExp(`reschedule “${title}”`) });
/** The date a row shows ("Tomorrow 17:00"), without the words only screen readers get. */
const dueLabel = (title: string) =>
  dueChip(title).evaluate((chip) => {
    const copy = chip.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll(".sr-only")) hidden.remove();
    return copy.textContent?.trim() ?? "";
  });
const scheduler = (name: string) => page.getByRole("dialog", { name });
const toast = (text: string) => page.locator("[data-sonner-toast]", { hasText: text });
const focusedTitle = () =>
  page.evaluate(() => {
    const focused = document.activeElement?.closest<HTMLElement>("[data-task-row]");
    return focused?.querySelector("[id^='task-title-']")?.textContent ?? null;
  });

/** Both themes of the page as it is now meet WCAG AA. */
async function expectAccessible(what: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await accessibilityViolations(page), `${what} in ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

describe.each([
  { device: "desktop", width: 1280, height: 900 },
  { device: "phone", width: 390, height: 844 },
])("the scheduler on a $device", ({ width, height }) => {
  beforeEach(async () => {
    ({ page } = session);
    await page.setViewportSize({ width, height });
  });

  it("reschedules a task from its date to Tomorrow, gives the focus back, and undoes it", async () => {
    await session.signUp("Sam Scheduler");
    await createTask("Pay rent", dayFromToday(5));
    await page.reload();
    await waitUntilInteractive(page);
    const before = (await dueLabel("Pay rent")) ?? "";

    await dueChip("Pay rent").click();
    const dialog = scheduler("Schedule “Pay rent”");
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    // The calendar opens on the due day's month, that day pressed.
    expect(await dialog.locator("[aria-pressed='true']").getAttribute("data-date")).toBe(dayFromToday(5));
    await expectAccessible("the scheduler");

    await dialog.getByRole("button", { name: /^Tomorrow/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => dueLabel("Pay rent")).toContain("Tomorrow");
    expect(await dueChip("Pay rent").evaluate((chip) => chip === document.activeElement)).toBe(true);

    await toast("Rescheduled “Pay rent” to Tomorrow").hover();
    await toast("Rescheduled “Pay rent” to Tomorrow").getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => dueLabel("Pay rent")).toBe(before);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => dueLabel("Pay rent")).toBe(before);

    // The deadline is set there too; Save keeps the due date as it was.
    await dueChip("Pay rent").click();
    await dialog.waitFor();
    await dialog.getByLabel("Deadline").fill(dayFromToday(9));
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    await toast("Deadline of “Pay rent” set to").waitFor();
    await expect
      .poll(() => row("Pay rent").locator("[data-deadline]").getAttribute("data-deadline"))
      .toBe(dayFromToday(9));
    expect(await dueLabel("Pay rent")).toBe(before);
  });

  it("t schedules the focused task from a typed phrase, previewed first; Escape gives the focus back", async () => {
    await session.signUp("Tia Typist");
    const field = page.getByLabel("New task");
    await field.fill("Call plumber");
    await field.press("Enter");
    await row("Call plumber").waitFor();
    await session.settled();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).click();

    await page.keyboard.press("j");
    await expect.poll(focusedTitle).toBe("Call plumber");
    await page.keyboard.press("t");
    const dialog = scheduler("Schedule “Call plumber”");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(focusedTitle).toBe("Call plumber");

    await page.keyboard.press("t");
    await dialog.waitFor();
    const phrase = dialog.getByLabel("Type a date");
    await phrase.fill("next friday 5pm");
    await dialog.getByText(/17:00/).waitFor();
    await phrase.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => dueLabel("Call plumber")).toMatch(/17:00$/);
    await toast("Rescheduled “Call plumber”").waitFor();
    await expect.poll(focusedTitle).toBe("Call plumber");
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => dueLabel("Call plumber")).toMatch(/17:00$/);

    // From the details dialog, the scheduler fills in its date fields; Save stores them with the rest.
    await row("Call plumber").getByRole("button", { name: "Details of “Call plumber”" }).click();
    const details = page.getByRole("dialog", { name: "Task details" });
    await details.getByRole("button", { name: "Schedule…" }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: /^Tomorrow/ }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await details.isVisible()).toBe(true);
    await expect.poll(() => details.getByLabel("Due date", { exact: true }).inputValue()).toBe(dayFromToday(1));
    expect(await details.getByLabel("Due time", { exact: true }).inputValue()).toBe("17:00");
    expect(
      await details.getByRole("button", { name: "Schedule…" }).evaluate((button) => button === document.activeElement),
    ).toBe(true);
    await details.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => dueLabel("Call plumber")).toBe("Tomorrow 17:00");
  });

  it("Today moves every overdue task to today at once, with Undo, or to a picked date", async () => {
    await session.signUp("Ola Overdue");
    await createTask("Renew passport", dayFromToday(-3));
    await createTask("Return books", dayFromToday(-1));
    await createTask("Water plants", dayFromToday(0));
    await page.goto("/today");
    await waitUntilInteractive(page);
    const overdue = page.getByRole("list", { name: "Overdue" });
    await overdue.waitFor();
    expect(await overdue.getByRole("listitem").count()).toBe(2);
    await expectAccessible("Today with overdue tasks");

    await page.getByRole("button", { name: "Reschedule every overdue task to today" }).click();
    await overdue.waitFor({ state: "detached" });
    for (const title of ["Renew passport", "Return books", "Water plants"]) {
      await expect.poll(() => dueLabel(title)).toContain("Today");
    }
    await toast("Rescheduled 2 tasks to Today").hover();
    await toast("Rescheduled 2 tasks to Today").getByRole("button", { name: "Undo" }).click();
    await overdue.waitFor();
    await expect.poll(() => overdue.getByRole("listitem").count()).toBe(2);
    await session.settled();

    await page.getByRole("button", { name: "Pick a date for every overdue task" }).click();
    const dialog = scheduler("Schedule 2 tasks");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: /^Tomorrow/ }).click();
    // Due tomorrow, they leave Today.
    await overdue.waitFor({ state: "detached" });
    await expect.poll(() => page.locator("main [data-task-row]").count()).toBe(1);
    await session.settled();
    await page.goto("/upcoming");
    await waitUntilInteractive(page);
    await row("Renew passport").waitFor();
    await expect.poll(() => dueLabel("Return books")).toContain("Tomorrow");
  });

  it("schedules every selected task from the bulk toolbar", async () => {
    await session.signUp("Bo Bulk");
    const field = page.getByLabel("New task");
    for (const title of ["Book hotel", "Pack bags", "Leave alone"]) {
      await field.fill(title);
      await field.press("Enter");
      await row(title).waitFor();
    }
    await session.settled();

    await page.getByRole("checkbox", { name: "Select “Book hotel”" }).click();
    await page.getByRole("checkbox", { name: "Select “Pack bags”" }).click();
    await page.getByRole("toolbar").getByRole("button", { name: "Schedule" }).click();
    const dialog = scheduler("Schedule 2 tasks");
    await dialog.waitFor();
    await expectAccessible("the scheduler for two tasks");
    const nextWeek = dialog.getByRole("button", { name: /^Next week/ });
    const weekday = ((await nextWeek.textContent()) ?? "").replace("Next week", "");
    expect(weekday).toBe("Mon");
    await nextWeek.click();
    await dialog.waitFor({ state: "hidden" });

    await toast("Rescheduled 2 tasks").waitFor();
    for (const title of ["Book hotel", "Pack bags"]) await dueChip(title).waitFor();
    expect(await row("Leave alone").getByRole("button", { name: /^Due/ }).count()).toBe(0);
    expect(await page.getByRole("toolbar").count()).toBe(0);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    for (const title of ["Book hotel", "Pack bags"]) await dueChip(title).waitFor();
  });
});
