import { expect, it } from "vitest";
import { waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

// A 12-hour language: an account's automatic time format writes "3:30 pm" here (en-GB, every other file's, "15:30").
const session = setupBrowserSession({}, { locale: "en-US" });

it("an automatic time format follows a 12-hour browser language, in the server's HTML too", async () => {
  const { page } = session;
  await session.signUp("Amy Auto");
  const field = page.getByLabel("New task");
  await field.fill("Call Ana today 15:30");
  await field.press("Enter");
  const due = page.locator("li[data-task-id]", { hasText: "Call Ana" }).locator("[data-due]");
  await expect.poll(() => due.textContent()).toContain("3:30 pm");
  await session.settled();

  // The server reads the language from the browser's Accept-Language: its HTML is already on the 12-hour
  // clock, so the time is never drawn "15:30" first.
  const reloaded = await page.reload();
  expect(await reloaded?.text()).toContain("3:30 pm");
  await waitUntilInteractive(page);
  await expect.poll(() => due.textContent()).toContain("3:30 pm");
});
