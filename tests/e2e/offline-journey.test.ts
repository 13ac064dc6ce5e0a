import type { BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let context: BrowserContext;
let page: Page;

beforeEach(() => {
  ({ context, page } = session);
});

const taskList = () => page.getByRole("list", { name: "Tasks" });
const taskTitles = () => taskList().locator("li [id^='task-title-']").allTextContents();
const row = (title: string) => taskList().locator("li", { has: page.getByText(title, { exact: true }) });
const offlineBanner = () => page.getByRole("status").filter({ hasText: "You're offline" });
const newTaskField = () => page.getByLabel("New task");

async function addTask(title: string) {
  await newTaskField().fill(title);
  await newTaskField().press("Enter");
  await taskList().getByText(title, { exact: true }).waitFor();
}

/** The service worker has kept the page on screen (it is asked to once the page shows). */
async function pageKeptOffline() {
  await page.waitForFunction(async () => Boolean(await caches.match(location.href, { ignoreVary: true })), undefined, {
    timeout: 15_000,
  });
}

describe("working offline", () => {
  it("keeps a task added offline through an offline reload, then saves it exactly once when back online", async () => {
    // Offline, each request the page still tries fails, and Chromium and the tRPC logger say so.
    session.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/, "the test takes the browser offline");
    for (const procedure of ["task.create", "task.list", "sync.changes", "sidebar.get"])
      session.allowTrpcErrors(procedure, "the test takes the browser offline");
    await session.signUp("Offline Olive");
    await addTask("Saved before");
    await session.settled();
    await pageKeptOffline();

    await context.setOffline(true);
    await offlineBanner().waitFor();
    await addTask("Written on the train");
    await expect(newTaskField().inputValue()).resolves.toBe("");
    await row("Written on the train").getByText("Not saved yet").waitFor();
    await expect(row("Saved before").getByText("Not saved yet").count()).resolves.toBe(0);

    // A reload while offline: the app, its last list and the task still waiting, not the browser's error page.
    await page.reload();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await offlineBanner().waitFor();
    await row("Written on the train").getByText("Not saved yet").waitFor();
    await expect.poll(taskTitles).toEqual(["Saved before", "Written on the train"]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect.poll(session.inboxOnServer).toEqual(["Saved before"]);

    await context.setOffline(false);
    await expect.poll(() => offlineBanner().count()).toBe(0);
    await expect.poll(() => page.getByText("Not saved yet").count(), { timeout: 15_000 }).toBe(0);
    await session.settled();
    await expect.poll(session.inboxOnServer).toEqual(["Saved before", "Written on the train"]);
    await page.reload();
    await expect.poll(taskTitles).toEqual(["Saved before", "Written on the train"]);
  });

  it("leaves out a part it cannot load offline (never opened online) and keeps the page", async () => {
    session.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/, "the test takes the browser offline");
    session.allowConsoleErrors(
      /ERR_FAILED|ChunkLoadError|Failed to load chunk/,
      "the palette's code was never loaded online",
    );
    for (const procedure of ["task.list", "sync.changes", "project.list", "project.inboxCount"])
      session.allowTrpcErrors(procedure, "the test takes the browser offline");
    await session.signUp("Unloaded Una");
    await addTask("Still here");
    await session.settled();

    await context.setOffline(true);
    await offlineBanner().waitFor();
    // React reports the failure once the boundary that caught it has shown what it shows instead.
    const failure = page.waitForEvent("console", (message) => message.text().includes("ChunkLoadError"));
    await page.keyboard.press("Control+k");
    await failure;
    // The page still answers: the list, not the error screen.
    await newTaskField().fill("Typed after");
    await expect(newTaskField().inputValue()).resolves.toBe("Typed after");
    await expect(page.getByRole("heading", { name: "Something went wrong" }).count()).resolves.toBe(0);
    await taskList().getByText("Still here", { exact: true }).waitFor();
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
  });
});
