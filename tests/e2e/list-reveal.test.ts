import { describe, expect, it } from "vitest";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

const TASKS = 20; // more than the server draws (FIRST_ROWS): the browser draws the rest once the page hydrates

/**
 * A view's rows hydrate after the rest of the page (HydrateLater, README decision 48): React's server renderer
 * writes them after the page's shell, and an inline script of React's moves them into place, at the first frame
 * or, when the document's end came after the first paint (a slow network), up to 300 ms later. Here that
 * script is held back 4 s, so React hydrates the page while the rows still wait in their hidden place.
 */
describe("a view's rows, moved into place after React has hydrated the page", () => {
  it("are drawn once, then all of them", async () => {
    const { page } = session;
    await session.signUp("Rhea");
    const titles = Array.from({ length: TASKS }, (_, index) => `Errand ${String(index + 1).padStart(2, "0")}`);
    await page.evaluate(async (titles) => {
      for (const title of titles) {
        const response = await fetch("/api/trpc/task.create", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: { title } }),
        });
        if (!response.ok) throw new Error(`task.create answered ${response.status}`);
      }
    }, titles);

    // React's reveal waits until 300 ms after `$RT` (the first paint's time): 4 s after the document starts.
    await page.addInitScript(() => {
      const revealAt = performance.now() + 4000;
      Object.defineProperty(window, "$RT", { configurable: true, get: () => revealAt - 300, set: () => {} });
    });
    await page.goto("/");
    const rowsInPage = () =>
      page.evaluate(() => {
        const ids = [...document.querySelectorAll("[id^='task-title-']")].map((title) => title.id);
        return {
          ids: ids.length,
          distinct: new Set(ids).size,
          hidden: document.querySelector("[hidden] [data-task-row]") !== null,
        };
      });
    await expect
      .poll(() =>
        page.locator("main h1").evaluate((h1) => Object.keys(h1).some((key) => key.startsWith("__reactFiber$"))),
      )
      .toBe(true);
    // Time for what follows hydration (the list's deferred rows) to be drawn, were anything to draw them now.
    await page.waitForTimeout(1000);
    const meanwhile = await rowsInPage();
    expect(meanwhile.hidden, "the check ran while the rows were still held back").toBe(true);
    expect(meanwhile.distinct).toBe(meanwhile.ids);

    const list = page.getByRole("list", { name: "Tasks" });
    await expect
      .poll(() => list.locator("li [id^='task-title-']").allTextContents(), { timeout: 10_000 })
      .toEqual(titles);
    expect(await rowsInPage()).toEqual({ ids: TASKS, distinct: TASKS, hidden: false });
  });
});
