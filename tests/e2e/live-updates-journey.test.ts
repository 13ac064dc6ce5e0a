import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { calendarDateIn } from "@/lib/dates";
import { waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

const taskTitles = (page: Page) =>
  page.getByRole("list", { name: "Tasks" }).locator("li [id^='task-title-']").allTextContents();

/** The signed-in user in a second browser of their own (a context with the first one's cookies). */
async function secondBrowser(options: BrowserContextOptions = {}) {
  const browser = session.context.browser();
  if (!browser) throw new Error("no browser");
  return browser.newContext({
    baseURL: session.app.url,
    viewport: { width: 360, height: 740 },
    storageState: await session.context.storageState(),
    ...options,
  });
}

/** A page of `path` in `browser`, drawn, hydrated and following the change feed. */
async function openFollowing(browser: BrowserContext, path: string) {
  const page = await browser.newPage();
  const streaming = page.waitForResponse((response) => response.url().includes("/api/trpc/sync.changes"));
  await page.goto(path);
  await waitUntilInteractive(page);
  await streaming;
  return page;
}

/** A tRPC mutation over HTTP as the signed-in user, as another device of theirs sends it. */
async function mutateElsewhere(path: string, body: unknown) {
  const cookie = (await session.context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const response = await fetch(`${session.app.url}/api/trpc/${path}`, {
    method: "POST",
    headers: { cookie, origin: session.app.url, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response;
}

describe("live updates", () => {
  it("a task added in one browser shows in the same user's other browser within 2 s, without a reload", async () => {
    await session.signUp("Lena Live");
    const first = session.page;
    const other = await secondBrowser();
    try {
      const second = await openFollowing(other, "/");
      await second.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();

      const field = first.getByLabel("New task");
      await field.fill("Added in the other window");
      await field.press("Enter");
      await expect.poll(() => taskTitles(first)).toEqual(["Added in the other window"]);
      await expect.poll(() => taskTitles(second), { timeout: 2_000 }).toEqual(["Added in the other window"]);
    } finally {
      await other.close();
    }
  });

  it("a task planned in one browser shows on the same user's calendar in the other, without a reload", async () => {
    await session.signUp("Cleo Calendar");
    const timeZone = await session.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = calendarDateIn(new Date(), timeZone);
    const other = await secondBrowser();
    try {
      const second = await openFollowing(other, `/calendar?view=week&date=${today}`);
      const todaysEntries = () =>
        second.locator(`main [data-drop-day="${today}T"] [data-calendar-entry]`).allTextContents();
      expect(await todaysEntries()).toEqual([]);

      await mutateElsewhere("task.create", { json: { title: "Planned elsewhere", dueDate: today } });
      await expect.poll(todaysEntries, { timeout: 2_000 }).toEqual([expect.stringContaining("Planned elsewhere")]);
    } finally {
      await other.close();
    }
  });

  it("a change made elsewhere shows in the history of the task's details open in the other browser", async () => {
    await session.signUp("Hal History");
    const created = await mutateElsewhere("task.create", { json: { title: "Book the train" } });
    const task = ((await created.json()) as { result: { data: { json: { id: string; updatedAt: string } } } }).result
      .data.json;
    const other = await secondBrowser();
    try {
      const second = await openFollowing(other, "/");
      await second.getByRole("button", { name: "Details of “Book the train”" }).click();
      const history = second.getByRole("list", { name: "History, newest first" }).getByRole("listitem");
      await expect.poll(() => history.allTextContents()).toEqual([expect.stringContaining("Created")]);

      await mutateElsewhere("task.update", {
        json: { id: task.id, updatedAt: task.updatedAt, title: "Book the night train" },
        meta: { values: { updatedAt: ["Date"] }, v: 1 },
      });
      await expect
        .poll(() => history.first().textContent(), { timeout: 2_000 })
        .toContain("title: Book the train → Book the night train");
    } finally {
      await other.close();
    }
  });

  it("a reminder set elsewhere shows on the task's row and in its details open in the other browser", async () => {
    await session.signUp("Rita Reminder");
    const created = await mutateElsewhere("task.create", { json: { title: "Call the plumber" } });
    const task = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
    const other = await secondBrowser();
    try {
      const second = await openFollowing(other, "/");
      const row = second
        .getByRole("list", { name: "Tasks" })
        .getByRole("listitem")
        .filter({ hasText: "Call the plumber" });
      await second.getByRole("button", { name: "Details of “Call the plumber”" }).click();
      const reminders = second.getByRole("list", { name: "Reminders of “Call the plumber”" }).getByRole("listitem");
      await second.getByText("No reminders.").waitFor();

      const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
      await mutateElsewhere("reminder.create", {
        json: { taskId: task.id, absolute: inAnHour },
        meta: { values: { absolute: ["Date"] }, v: 1 },
      });
      await expect.poll(() => reminders.count(), { timeout: 2_000 }).toBe(1);
      await expect.poll(() => row.getByText("Reminder set").count(), { timeout: 2_000 }).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("a task added while the other browser's page was still loading shows there too, without a reload", async () => {
    await session.signUp("Lou Loading");
    const first = session.page;
    // No service worker: the test holds the page's stream back with a route, which a worker could bypass.
    const other = await secondBrowser({ serviceWorkers: "block" });
    try {
      const second = await other.newPage();
      const stream = hold(second, (url) => url.pathname.startsWith("/api/trpc/sync.changes"));
      await second.goto("/");
      await waitUntilInteractive(second);
      await stream.reached;

      // Drawn, but not yet following the feed: a stream that started from "now" would never hear of this.
      const field = first.getByLabel("New task");
      await field.fill("Added while the other page loaded");
      await field.press("Enter");
      await expect.poll(() => taskTitles(first)).toContain("Added while the other page loaded");
      expect(await taskTitles(second)).not.toContain("Added while the other page loaded");

      stream.release();
      await expect.poll(() => taskTitles(second), { timeout: 2_000 }).toContain("Added while the other page loaded");
    } finally {
      await other.close();
    }
  });

  it("a page refreshed by a live update while a board switch is being saved keeps the board, and what is open in it", async () => {
    const first = session.page;
    const desktop = { width: 1280, height: 900 };
    await first.setViewportSize(desktop);
    await session.signUp("Bea Board");
    await session.addProject("Home");
    await session.settled();

    // No service worker: the test holds requests back with routes, which a worker could bypass.
    const other = await secondBrowser({ serviceWorkers: "block", viewport: desktop });
    try {
      const second = await other.newPage();
      const streaming = second.waitForResponse((response) => response.url().includes("/api/trpc/sync.changes"));
      await second.goto(new URL(first.url()).pathname);
      await waitUntilInteractive(second);
      await streaming;

      // The refresh a change elsewhere asks for is held until the switch is under way; so is the switch's save.
      const refresh = hold(
        second,
        (url) => url.pathname === new URL(first.url()).pathname && url.search.includes("_rsc"),
      );
      const save = hold(second, (url) => url.pathname.startsWith("/api/trpc/project.setLayout"));
      // A rename elsewhere: the open project page renders again (its heading), so the screen refreshes it.
      await first
        .getByRole("navigation", { name: "Main" })
        .getByRole("button", { name: "Actions for project “Home”" })
        .click();
      await first.getByRole("menuitem", { name: "Rename…" }).click();
      await first.getByRole("dialog").getByLabel("Name").fill("Home and garden");
      await first.getByRole("dialog").getByRole("button", { name: "Save" }).click();
      await refresh.reached;

      await second.getByRole("group", { name: "Layout" }).getByRole("button", { name: "Board" }).click();
      await second.locator("main [data-board-column]").first().waitFor();
      await second.evaluate(() => {
        const flags = window as unknown as { boardLeft?: boolean };
        new MutationObserver(() => {
          if (!document.querySelector("main [data-board-column]")) flags.boardLeft = true;
        }).observe(document.body, { subtree: true, childList: true });
      });
      await second.getByRole("button", { name: "Add section", exact: true }).click();
      await second.getByRole("textbox", { name: "Section name" }).fill("Weekend");

      // The refresh was read on the server before the switch was saved: it still says "list".
      refresh.release();
      await second.getByRole("heading", { name: "Home and garden", level: 1 }).waitFor();
      save.release();
      await expect
        .poll(() =>
          second
            .getByRole("group", { name: "Layout" })
            .getByRole("button", { name: "Board" })
            .getAttribute("aria-pressed"),
        )
        .toBe("true");
      expect(await second.evaluate(() => (window as unknown as { boardLeft?: boolean }).boardLeft ?? false)).toBe(
        false,
      );
      expect(await second.getByRole("textbox", { name: "Section name" }).inputValue()).toBe("Weekend");
    } finally {
      await other.close();
    }
  });
});

/** Holds the page's requests that `matches` until `release()`; `reached` resolves when the first is held. */
function hold(page: Page, matches: (url: URL) => boolean) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const reached = new Promise<void>((resolve) => {
    void page.route(
      (url) => matches(url),
      async (route) => {
        resolve();
        await released;
        await route.continue();
      },
    );
  });
  return { reached, release: () => release() };
}
