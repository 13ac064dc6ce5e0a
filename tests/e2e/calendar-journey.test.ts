import type { Locator, Page, Request, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addMonths, startOfWeek } from "@/lib/calendar/grid";
import { addDays, calendarDateIn } from "@/lib/dates";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

// A test here holds the app's requests back (page.route): see setupBrowserSession.
const session = setupBrowserSession({}, { serviceWorkers: "block" });

/** Creates a task over HTTP as the signed-in user. */
async function createTask(task: Record<string, unknown>) {
  const cookie = (await session.context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const response = await fetch(`${session.app.url}/api/trpc/task.create`, {
    method: "POST",
    headers: { cookie, origin: session.app.url, "content-type": "application/json" },
    body: JSON.stringify({ json: task }),
  });
  expect(response.status).toBe(200);
}

const cell = (page: Page, target: string) => page.locator(`main [data-drop-day="${target}"]`);
const titlesIn = (page: Page, target: string) =>
  cell(page, target)
    .locator("[data-calendar-entry]")
    .evaluateAll((entries) =>
      entries.map((entry) => entry.querySelector(".truncate")?.textContent ?? "").filter(Boolean),
    );
const entry = (page: Page, target: string, title: string) =>
  cell(page, target).locator("[data-calendar-entry]", { hasText: title });
const announced = (page: Page) => page.getByTestId("announcer").textContent();

async function expectAccessibleInLightAndDark(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await accessibilityViolations(page), colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** Presses on `from` with the mouse and lets go over `to`, in small steps (the app's pointer-event drag). */
async function drag(page: Page, from: Locator, to: Locator) {
  await from.hover();
  await page.mouse.down();
  const box = await to.boundingBox();
  if (!box) throw new Error("the target is not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
}

async function undo(page: Page, text: string) {
  const toast = page.locator("[data-sonner-toast]", { hasText: text }).first();
  await toast.hover();
  await toast.getByRole("button", { name: "Undo" }).click();
}

describe("calendar", () => {
  it("reschedules by drag and by keyboard with Undo, asks 'this one or all' for a repeat, schedules the unscheduled", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Cal Endar");
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Next week, whole: nothing in it is "past", and every day is in one week view.
    const monday = addDays(startOfWeek(calendarDateIn(new Date(), timeZone)), 7);
    const [tuesday, wednesday, thursday, friday] = [1, 2, 3, 4].map((offset) => addDays(monday, offset)) as [
      string,
      string,
      string,
      string,
    ];
    await createTask({ title: "Pay bills", dueDate: monday });
    await createTask({ title: "Water plants", dueDate: tuesday, recurrence: { rrule: "FREQ=WEEKLY", from: "due" } });
    await createTask({ title: "Someday" });

    await page.goto(`/calendar?view=week&date=${monday}`);
    await waitUntilInteractive(page);
    await entry(page, `${monday}T`, "Pay bills").waitFor();
    await expect.poll(() => titlesIn(page, `${tuesday}T`)).toEqual(["Water plants"]);
    await expect(page.getByRole("grid", { name: "Week" }).isVisible()).resolves.toBe(true);
    // The calendar takes the width there is, not a list's narrow column (48rem).
    expect((await page.locator("main").boundingBox())?.width).toBeGreaterThan(900);
    await expectAccessibleInLightAndDark(page);

    // Drag to Wednesday at 10:00: there at once, announced; Undo puts it back.
    await drag(page, entry(page, `${monday}T`, "Pay bills"), cell(page, `${wednesday}T10:00`));
    await expect.poll(() => titlesIn(page, `${wednesday}T10:00`)).toEqual(["Pay bills"]);
    await expect.poll(() => announced(page)).toMatch(/^Moved “Pay bills” to .+ 10:00/);
    await session.settled();
    await undo(page, "Moved “Pay bills”");
    await expect.poll(() => titlesIn(page, `${monday}T`)).toEqual(["Pay bills"]);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => titlesIn(page, `${monday}T`)).toEqual(["Pay bills"]);

    // By keyboard: right a day, then Alt+down gives it a time (09:00), kept after a reload.
    await entry(page, `${monday}T`, "Pay bills").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => titlesIn(page, `${tuesday}T`)).toContain("Pay bills");
    await session.settled();
    await entry(page, `${tuesday}T`, "Pay bills").focus();
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => titlesIn(page, `${tuesday}T09:00`)).toEqual(["Pay bills"]);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => titlesIn(page, `${tuesday}T09:00`)).toEqual(["Pay bills"]);

    // Right, then back, before the server answers the first move (each request held): the first answer
    // reads nothing back while the second waits, so the entry stays where the second move put it.
    const held: Route[] = [];
    await page.route("**/api/trpc/task.update**", (route) => void held.push(route));
    const calendarReads: string[] = [];
    const countRead = (request: Request) => {
      if (request.url().includes("task.calendar")) calendarReads.push(request.url());
    };
    await entry(page, `${tuesday}T09:00`, "Pay bills").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => titlesIn(page, `${wednesday}T09:00`)).toEqual(["Pay bills"]);
    await entry(page, `${wednesday}T09:00`, "Pay bills").focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => titlesIn(page, `${tuesday}T09:00`)).toEqual(["Pay bills"]);
    await expect.poll(() => held.length).toBe(1);
    page.on("request", countRead);
    await held[0]?.continue();
    // The second is sent once the first has been answered.
    await expect.poll(() => held.length).toBe(2);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    expect(calendarReads).toEqual([]);
    expect(await titlesIn(page, `${wednesday}T09:00`)).toEqual([]);
    expect(await titlesIn(page, `${tuesday}T09:00`)).toEqual(["Pay bills"]);
    await held[1]?.continue();
    await page.unroute("**/api/trpc/task.update**");
    // The last answer reads the week back (and so may the live feed, once the tab is no longer saving).
    await expect.poll(() => calendarReads.length).toBeGreaterThan(0);
    page.off("request", countRead);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => titlesIn(page, `${tuesday}T09:00`)).toEqual(["Pay bills"]);

    // A repeat: marked, and moving one occurrence asks first; "This one" leaves the series in place.
    const plants = entry(page, `${tuesday}T`, "Water plants");
    await expect(plants.textContent()).resolves.toContain("(repeats)");
    await drag(page, plants, cell(page, `${thursday}T`));
    const question = page.getByRole("dialog", { name: "Move “Water plants”" });
    await question.getByRole("button", { name: "This one" }).click();
    await expect.poll(() => titlesIn(page, `${thursday}T`)).toEqual(["Water plants"]);
    await expect.poll(() => titlesIn(page, `${tuesday}T`)).toEqual([]);
    await session.settled();
    await undo(page, "Moved this “Water plants”");
    await expect.poll(() => titlesIn(page, `${tuesday}T`)).toEqual(["Water plants"]);
    await expect.poll(() => titlesIn(page, `${thursday}T`)).toEqual([]);
    await session.settled();

    // Next week shows the series' next occurrence (computed, not stored); Back returns to this week.
    await page.getByRole("button", { name: "Next week", exact: true }).click();
    await expect.poll(() => titlesIn(page, `${addDays(tuesday, 7)}T`)).toEqual(["Water plants"]);
    expect(await entry(page, `${addDays(tuesday, 7)}T`, "Water plants").textContent()).toContain("a later repeat");
    await page.goBack();
    await expect.poll(() => titlesIn(page, `${tuesday}T`)).toEqual(["Water plants"]);

    // The side list: drag an unscheduled task onto Friday.
    await drag(page, page.getByRole("button", { name: "Drag “Someday” onto a day" }), cell(page, `${friday}T`));
    await expect.poll(() => titlesIn(page, `${friday}T`)).toEqual(["Someday"]);
    await session.settled();

    // The month: the grid's keys move the focus by day and by month; the URL follows.
    await page.getByRole("button", { name: "Month", exact: true }).click();
    await page.getByRole("grid", { name: "Month" }).waitFor();
    await expect.poll(() => titlesIn(page, friday)).toEqual(["Someday"]);
    await cell(page, monday).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe(tuesday);
    expect(await page.evaluate(() => document.activeElement?.querySelector(".sr-only")?.textContent)).toMatch(
      /, 2 tasks, $/,
    );
    await page.keyboard.press("PageDown");
    await expect.poll(() => page.url()).toContain("view=month");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-cell")))
      .toBe(addMonths(tuesday, 1));
    await expectAccessibleInLightAndDark(page);

    // A phone: no sideways scroll of the page (the week scrolls inside itself).
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole("button", { name: "Week", exact: true }).click();
    await page.getByRole("grid", { name: "Week" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("a move that fails goes back alone: a move of another task made meanwhile stays where it was put", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Fay Failure");
    session.allowTrpcErrors("task.update", "the test cuts the first move's request");
    session.allowConsoleErrors(/net::ERR_CONNECTION_FAILED/, "the test cuts the first move's request");
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const monday = addDays(startOfWeek(calendarDateIn(new Date(), timeZone)), 7);
    const [tuesday, wednesday] = [1, 2].map((offset) => addDays(monday, offset)) as [string, string];
    await createTask({ title: "Pay bills", dueDate: monday });
    await createTask({ title: "Water plants", dueDate: tuesday });
    await page.goto(`/calendar?view=week&date=${monday}`);
    await waitUntilInteractive(page);
    await expect.poll(() => titlesIn(page, `${tuesday}T`)).toEqual(["Water plants"]);

    // Two tasks moved a day right, both requests held (two tasks' changes go side by side).
    const held: Route[] = [];
    await page.route("**/api/trpc/task.update**", (route) => void held.push(route));
    await entry(page, `${monday}T`, "Pay bills").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => held.length).toBe(1);
    await entry(page, `${tuesday}T`, "Water plants").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => held.length).toBe(2);
    expect(await titlesIn(page, `${tuesday}T`)).toEqual(["Pay bills"]);
    expect(await titlesIn(page, `${wednesday}T`)).toEqual(["Water plants"]);

    // The first gets no answer: "Pay bills" goes back to Monday, "Water plants" stays on Wednesday.
    await held[0]?.abort("connectionfailed");
    await expect.poll(() => titlesIn(page, `${monday}T`)).toEqual(["Pay bills"]);
    expect(await titlesIn(page, `${wednesday}T`)).toEqual(["Water plants"]);
    await page
      .locator("[data-sonner-toast]", { hasText: "Can't reach Tasklane. Your change was not saved." })
      .first()
      .waitFor();

    await held[1]?.continue();
    await page.unroute("**/api/trpc/task.update**");
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => titlesIn(page, `${monday}T`)).toEqual(["Pay bills"]);
    await expect.poll(() => titlesIn(page, `${wednesday}T`)).toEqual(["Water plants"]);
  });
});
