import type { Page, Request, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

// A test here holds the app's requests back (page.route): see setupBrowserSession.
const session = setupBrowserSession({}, { serviceWorkers: "block" });

/** A tRPC mutation over HTTP as the signed-in user; resolves with its answer's data. */
async function mutate<T>(path: string, input: unknown): Promise<T> {
  const cookie = (await session.context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const response = await fetch(`${session.app.url}/api/trpc/${path}`, {
    method: "POST",
    headers: { cookie, origin: session.app.url, "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const completedTitles = (page: Page) => page.locator("main li[data-task-id] a").allTextContents();
const inboxTitles = (page: Page) =>
  page.getByRole("list", { name: "Tasks" }).locator("li [id^='task-title-']").allTextContents();

describe("completed", () => {
  it("reopens tasks from their boxes, two in quick succession, and they are back in the Inbox", async () => {
    const { page } = session;
    await session.signUp("Rhea Reopen");
    for (const title of ["Post the letter", "Pay the rent", "Buy stamps"]) {
      const { id } = await mutate<{ id: string }>("task.create", { title });
      await mutate("task.setCompleted", { id, completed: true });
    }
    await page.goto("/completed");
    await waitUntilInteractive(page);
    await expect.poll(() => completedTitles(page)).toEqual(["Buy stamps", "Pay the rent", "Post the letter"]);

    // Two reopened before the server answers either (each request held; two tasks' changes go side by side):
    // the first answer reads nothing back while the second waits, so the second row does not come back.
    const held: Route[] = [];
    await page.route("**/api/trpc/task.setCompleted**", (route) => void held.push(route));
    const completedReads: string[] = [];
    const countRead = (request: Request) => {
      if (request.url().includes("task.completed")) completedReads.push(request.url());
    };
    await page.getByRole("checkbox", { name: "Complete “Post the letter”" }).click();
    await expect.poll(() => completedTitles(page)).toEqual(["Buy stamps", "Pay the rent"]);
    await page.getByRole("checkbox", { name: "Complete “Pay the rent”" }).click();
    await expect.poll(() => completedTitles(page)).toEqual(["Buy stamps"]);
    await expect.poll(() => held.length).toBe(2);
    page.on("request", countRead);
    await held[0]?.continue();
    await expect.poll(() => page.getByTestId("announcer").textContent()).toBe("Reopened “Post the letter”.");
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    expect(completedReads).toEqual([]);
    expect(await completedTitles(page)).toEqual(["Buy stamps"]);
    await held[1]?.continue();
    await page.unroute("**/api/trpc/task.setCompleted**");
    await expect.poll(() => completedReads.length).toBeGreaterThan(0);
    page.off("request", countRead);
    await expect.poll(() => page.getByTestId("announcer").textContent()).toBe("Reopened “Pay the rent”.");
    await session.settled();
    expect(await completedTitles(page)).toEqual(["Buy stamps"]);

    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => completedTitles(page)).toEqual(["Buy stamps"]);
    await page.goto("/");
    await waitUntilInteractive(page);
    await expect.poll(() => inboxTitles(page)).toEqual(["Post the letter", "Pay the rent"]);
  });
});
