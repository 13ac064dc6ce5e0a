import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays, calendarDateIn } from "@/lib/dates";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

// A test here holds a page's server read back (page.route): see setupBrowserSession.
const session = setupBrowserSession({}, { serviceWorkers: "block" });

/** "Thu 10 Dec" as a person writes it (with the year when it is not this year's), from the date alone. */
function dayName(date: string, today: string): string {
  const utc = new Date(`${date}T00:00:00Z`);
  const name = utc.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  return date.slice(0, 4) === today.slice(0, 4) ? name : `${name} ${date.slice(0, 4)}`;
}

function upcoming(page: Page, today: string) {
  const day = (date: string) => page.locator(`main [data-drop-day="${date}"]`);
  return {
    day,
    headings: () => page.locator("main").getByRole("heading", { level: 2 }).allTextContents(),
    titlesOn: (date: string) => day(date).locator("li [id^='task-title-']").allTextContents(),
    async add(date: string, title: string) {
      await day(date)
        .getByRole("button", { name: `Add task to ${dayName(date, today)}` })
        .click();
      const field = page.getByLabel(`New task for ${dayName(date, today)}`);
      await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
      await field.fill(title);
      await field.press("Enter");
      await day(date).locator("li", { hasText: title }).waitFor();
    },
    handle: (title: string) => page.getByRole("button", { name: `Move “${title}” to another day` }),
  };
}

async function signUpAndOpenUpcoming(page: Page, name: string) {
  await session.signUp(name);
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const today = calendarDateIn(new Date(), timeZone);
  await page.goto("/upcoming");
  await waitUntilInteractive(page);
  await page.getByRole("heading", { name: "Upcoming", level: 1 }).waitFor();
  return today;
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

/** Presses the handle with the mouse and lets go over the target day's heading, in small steps. */
async function dragWithMouse(page: Page, handle: ReturnType<Page["locator"]>, target: ReturnType<Page["locator"]>) {
  await handle.hover();
  await page.mouse.down();
  const box = await target.boundingBox();
  if (!box) throw new Error("the target day is not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The same with a finger (Chromium's touch input, which the page sees as touch pointer events). */
async function dragWithFinger(page: Page, handle: ReturnType<Page["locator"]>, target: ReturnType<Page["locator"]>) {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("the handle or the target day is not on screen");
  const cdp = await page.context().newCDPSession(page);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [start] });
  for (let step = 1; step <= 12; step += 1) {
    const point = { x: start.x + ((end.x - start.x) * step) / 12, y: start.y + ((end.y - start.y) * step) / 12 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

describe("upcoming", () => {
  it("desktop: every day with its date, an add box per day, drag to another day with Undo, move by keyboard, later weeks", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    const today = await signUpAndOpenUpcoming(page, "Uri Upcoming");
    const view = upcoming(page, today);

    // Four weeks of days, each named by its date, empty ones included.
    await expect.poll(view.headings).toHaveLength(28);
    const headings = await view.headings();
    expect(headings[0]).toBe(`Today · ${dayName(today, today)}`);
    expect(headings[1]).toBe(`Tomorrow · ${dayName(addDays(today, 1), today)}`);
    expect(headings.slice(2, 7)).toEqual([2, 3, 4, 5, 6].map((offset) => dayName(addDays(today, offset), today)));
    expect(headings[27]).toBe(dayName(addDays(today, 27), today));
    await page.getByText("Nothing scheduled from today on.").waitFor();
    await expectAccessibleInLightAndDark(page);
    await page.emulateMedia({ colorScheme: "light" });

    // Add in today's box and in a Thursday's (3 to 9 days on: clear of the days "Pay bills" goes to).
    const thursday = [3, 4, 5, 6, 7, 8, 9]
      .map((offset) => addDays(today, offset))
      .find((date) => new Date(`${date}T00:00:00Z`).getUTCDay() === 4);
    if (!thursday) throw new Error("a week has a Thursday");
    await view.add(today, "Pay bills");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain("Add task");
    await view.add(thursday, "Water plants");
    await page.keyboard.press("Escape");
    expect(await view.titlesOn(today)).toEqual(["Pay bills"]);
    expect(await view.titlesOn(thursday)).toEqual(["Water plants"]);
    await session.settled();

    // Drag "Pay bills" from today to the day after tomorrow: there at once, and after a reload.
    const target = addDays(today, 2);
    await dragWithMouse(page, view.handle("Pay bills"), view.day(target).getByRole("heading"));
    await expect.poll(() => view.titlesOn(target)).toContain("Pay bills");
    expect(await view.titlesOn(today)).toEqual([]);
    await expect
      .poll(() => page.getByTestId("announcer").textContent())
      .toBe(`Moved “Pay bills” to ${dayName(target, today)}.`);

    // Undo puts it back on today.
    const toast = page.locator("[data-sonner-toast]", { hasText: "Moved “Pay bills”" });
    await toast.hover();
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => view.titlesOn(today)).toEqual(["Pay bills"]);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => view.titlesOn(today)).toEqual(["Pay bills"]);

    await dragWithMouse(page, view.handle("Pay bills"), view.day(target).getByRole("heading"));
    await expect.poll(() => view.titlesOn(target)).toContain("Pay bills");
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => view.titlesOn(target)).toContain("Pay bills");
    expect(await view.titlesOn(today)).toEqual([]);

    // Escape during a drag drops nothing.
    await view.handle("Pay bills").hover();
    await page.mouse.down();
    const todayBox = await view.day(today).getByRole("heading").boundingBox();
    if (!todayBox) throw new Error("today is not on screen");
    await page.mouse.move(todayBox.x + 20, todayBox.y + 5, { steps: 8 });
    await page.keyboard.press("Escape");
    await page.mouse.up();
    await session.settled();
    expect(await view.titlesOn(today)).toEqual([]);
    expect(await view.titlesOn(target)).toEqual(["Pay bills"]);

    // A time and a repeat rule stay when the task moves by keyboard: down a day, twice, then up a day.
    await page.getByRole("button", { name: "Details of “Water plants”" }).click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.getByLabel("Due time").fill("18:30");
    await dialog.getByLabel("How often").selectOption({ label: "Every week" });
    await dialog.getByRole("button", { name: "Save" }).click();
    const plants = page.locator("main li", { hasText: "Water plants" });
    await plants.getByText("Every week").waitFor();
    await session.settled();

    async function moveByKey(key: "ArrowDown" | "ArrowUp", date: string) {
      await page.keyboard.press(key);
      await expect.poll(() => view.titlesOn(date)).toEqual(["Water plants"]);
      // The keyboard stays on the handle, in the row's new day.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest("[data-drop-day]")?.getAttribute("data-drop-day")),
        )
        .toBe(date);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
        .toBe("Move “Water plants” to another day");
    }
    const friday = addDays(thursday, 1);
    const saturday = addDays(thursday, 2);
    // Down twice before the server answers the first move (each request is held): the first answer, the
    // task on Friday, must not take the row back while the second waits, or a key pressed then acts on Friday.
    const held: Route[] = [];
    await page.route("**/api/trpc/task.update**", (route) => void held.push(route));
    await view.handle("Water plants").focus();
    await moveByKey("ArrowDown", friday);
    await moveByKey("ArrowDown", saturday);
    await expect.poll(() => held.length).toBe(1);
    await held[0]?.continue();
    // The second is sent once the first has been answered and its answer handled.
    await expect.poll(() => held.length).toBe(2);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    expect(await view.titlesOn(friday)).toEqual([]);
    expect(await view.titlesOn(saturday)).toEqual(["Water plants"]);
    await held[1]?.continue();
    await page.unroute("**/api/trpc/task.update**");
    await moveByKey("ArrowUp", friday);
    await expect
      .poll(() => page.getByTestId("announcer").textContent())
      .toBe(`Moved “Water plants” to ${dayName(friday, today)}.`);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => view.titlesOn(friday)).toEqual(["Water plants"]);
    await expect.poll(() => plants.locator("[data-due]").textContent()).toContain("18:30");
    await plants.getByText("Every week").waitFor();

    // Today's first day cannot go earlier: said, not done.
    await view.add(today, "Call the bank");
    await page.keyboard.press("Escape");
    await session.settled();
    await view.handle("Call the bank").focus();
    await page.keyboard.press("ArrowUp");
    await expect
      .poll(() => page.getByTestId("announcer").textContent())
      .toBe("“Call the bank” is already on the first day.");
    expect(await view.titlesOn(today)).toEqual(["Call the bank"]);

    // A task past the four weeks is named below them, and "Show next 4 weeks" reaches it.
    const later = addDays(today, 40);
    await page.getByRole("button", { name: "Details of “Call the bank”" }).click();
    await dialog.getByLabel("Due date", { exact: true }).fill(later);
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByText(`Next task after these days: ${dayName(later, today)}`).waitFor();
    await session.settled();
    await page.getByRole("button", { name: "Show next 4 weeks" }).click();
    await expect.poll(view.headings).toHaveLength(56);
    await expect.poll(() => view.titlesOn(later)).toEqual(["Call the bank"]);
    await expectAccessibleInLightAndDark(page);
  });

  it("phone (390×844, dark): adds in a day's box, drags with a finger, no sideways scroll", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    const today = await signUpAndOpenUpcoming(page, "Pia Phone");
    const view = upcoming(page, today);
    const tomorrow = addDays(today, 1);

    await view.add(tomorrow, "Book a table for a long dinner with the whole team");
    await page.keyboard.press("Escape");
    await session.settled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessibleInLightAndDark(page);
    await page.emulateMedia({ colorScheme: "dark" });

    const title = "Book a table for a long dinner with the whole team";
    await dragWithFinger(page, view.handle(title), view.day(today).getByRole("heading"));
    await expect.poll(() => view.titlesOn(today)).toEqual([title]);
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => view.titlesOn(today)).toEqual([title]);
    expect(await view.titlesOn(tomorrow)).toEqual([]);

    // The narrowest phone: still no sideways scroll.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("marks the sidebar link clicked until its page arrives", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Patient Pat");
    // The page's server read is held back, as a slow network would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/upcoming" && url.searchParams.has("_rsc"),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Upcoming" });
    await link.click();
    await link.locator("[data-nav-pending]").waitFor();
    release();
    await page.getByRole("heading", { name: "Upcoming", level: 1 }).waitFor();
    await expect.poll(() => link.locator("[data-nav-pending]").count()).toBe(0);
    expect(await link.getAttribute("aria-current")).toBe("page");
  });
});
