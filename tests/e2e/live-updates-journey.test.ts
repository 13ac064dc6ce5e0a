import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

const taskTitles = (page: Page) =>
  page.getByRole("list", { name: "Tasks" }).locator("li [id^='task-title-']").allTextContents();

describe("live updates", () => {
  it("a task added in one browser shows in the same user's other browser within 2 s, without a reload", async () => {
    await session.signUp("Lena Live");
    const first = session.page;
    const browser = session.context.browser();
    if (!browser) throw new Error("no browser");
    const other = await browser.newContext({
      baseURL: session.app.url,
      viewport: { width: 360, height: 740 },
      storageState: await session.context.storageState(),
    });
    try {
      const second = await other.newPage();
      const streaming = second.waitForResponse((response) => response.url().includes("/api/trpc/sync.changes"));
      await second.goto("/");
      await waitUntilInteractive(second);
      await second.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
      await streaming;

      const field = first.getByLabel("New task");
      await field.fill("Added in the other window");
      await field.press("Enter");
      await expect.poll(() => taskTitles(first)).toEqual(["Added in the other window"]);
      await expect.poll(() => taskTitles(second), { timeout: 2_000 }).toEqual(["Added in the other window"]);
    } finally {
      await other.close();
    }
  });

  it("a task added while the other browser's page was still loading shows there too, without a reload", async () => {
    await session.signUp("Lou Loading");
    const first = session.page;
    const browser = session.context.browser();
    if (!browser) throw new Error("no browser");
    // No service worker: the test holds the page's stream back with a route, which a worker could bypass.
    const other = await browser.newContext({
      baseURL: session.app.url,
      viewport: { width: 360, height: 740 },
      storageState: await session.context.storageState(),
      serviceWorkers: "block",
    });
    try {
      const second = await other.newPage();
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const held = new Promise<void>((resolve) => {
        void second.route("**/api/trpc/sync.changes**", async (route) => {
          resolve();
          await released;
          await route.continue();
        });
      });
      await second.goto("/");
      await waitUntilInteractive(second);
      await held;

      // Drawn, but not yet following the feed: a stream that started from "now" would never hear of this.
      const field = first.getByLabel("New task");
      await field.fill("Added while the other page loaded");
      await field.press("Enter");
      await expect.poll(() => taskTitles(first)).toContain("Added while the other page loaded");
      expect(await taskTitles(second)).not.toContain("Added while the other page loaded");

      release();
      await expect.poll(() => taskTitles(second), { timeout: 2_000 }).toContain("Added while the other page loaded");
    } finally {
      await other.close();
    }
  });
});
