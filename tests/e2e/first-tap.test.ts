import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

/** A slow phone: Chromium runs the page's scripts this many times slower. */
const CPU_SLOWDOWN = 7;

/**
 * Loads the page as a slow phone does and taps the task's title as soon as it shows, before React has
 * hydrated the list: the title field must open. React drops a tap on a part it cannot hydrate there and
 * then; a list drawn by a lazily loaded component could not (it suspends the first time it renders), and
 * every such tap was lost (12 of 12 on a project's page).
 */
async function tapTitleRightAfterLoad(page: Page, url: string, heading: string, title: string) {
  const devTools = await page.context().newCDPSession(page);
  await devTools.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  try {
    await page.goto(url);
    await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
    await page.getByRole("button", { name: `${title}. Edit title` }).click();
    await page.getByLabel("Task title").waitFor({ timeout: 5_000 });
    await page.keyboard.press("Escape");
  } finally {
    await devTools.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
}

describe("the first tap after a page loads", () => {
  it("reaches a task on a project's page, on Upcoming, and beside a repeating task's chip (a lazy part)", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Fay First");
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Add project" }).click();
    await page.getByRole("dialog").getByLabel("Name").fill("Garden");
    await page.getByRole("dialog").getByRole("button", { name: "Add project" }).click();
    await page.getByRole("heading", { name: "Garden", level: 1 }).waitFor();
    const field = page.getByLabel("New task");
    await field.fill("Dig the beds tomorrow");
    await field.press("Enter");
    await page.getByRole("button", { name: "Dig the beds. Edit title" }).waitFor();
    await session.settled();
    const project = page.url();

    await tapTitleRightAfterLoad(page, project, "Garden", "Dig the beds");
    await tapTitleRightAfterLoad(page, "/upcoming", "Upcoming", "Dig the beds");

    await page.goto("/");
    await waitUntilInteractive(page);
    await field.fill("Water the plants every day");
    await field.press("Enter");
    await page.getByText("Repeats:").waitFor({ state: "attached" });
    await session.settled();
    await tapTitleRightAfterLoad(page, "/", "Inbox", "Water the plants");
    expect(await page.getByText("Repeats:").count()).toBe(1);
  });
});
