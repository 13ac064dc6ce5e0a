import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

function board(page: Page) {
  const column = (name: string) =>
    page.locator("main [data-board-column]").filter({ has: page.getByRole("heading", { name, level: 2 }) });
  return {
    column,
    titlesIn: (name: string) => column(name).locator("[data-board-card] [id^='task-title-']").allTextContents(),
    card: (title: string) => page.locator("main [data-board-card]", { hasText: title }),
    layout: (name: "List" | "Board") => page.getByRole("group", { name: "Layout" }).getByRole("button", { name }),
    async addSection(name: string) {
      await page.getByRole("button", { name: "Add section", exact: true }).click();
      const field = page.getByRole("textbox", { name: "Section name" });
      await field.fill(name);
      await field.press("Enter");
      await column(name).waitFor();
    },
    async addCards(columnName: string, titles: string[]) {
      await page.getByRole("button", { name: `Add a card to ${columnName}` }).click();
      const field = page.getByLabel(`New card in ${columnName}`);
      for (const title of titles) {
        await field.fill(title);
        await field.press("Enter");
        // A typed priority ("p1") is read off the title.
        const shown = title.replace(/ p\d$/, "");
        await column(columnName).locator("[data-board-card]", { hasText: shown }).waitFor();
      }
      await field.press("Escape");
    },
  };
}

/** Presses a card with the mouse and lets go over `target`, in small steps (a drag by pointer events). */
async function dragWithMouse(page: Page, card: Locator, target: { x: number; y: number }) {
  await card.getByRole("button").first().hover();
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await page.mouse.up();
}

/** A finger drag of a card's handle (Chromium's touch input, which the page sees as touch pointer events). */
async function dragWithFinger(page: Page, handle: Locator, target: { x: number; y: number }) {
  const from = await handle.boundingBox();
  if (!from) throw new Error("the handle is not on screen");
  const cdp = await page.context().newCDPSession(page);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [start] });
  for (let step = 1; step <= 12; step += 1) {
    const point = { x: start.x + ((target.x - start.x) * step) / 12, y: start.y + ((target.y - start.y) * step) / 12 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

async function expectAccessibleInLightAndDark(page: Page, where: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await accessibilityViolations(page), `${where}, ${colorScheme}`).toEqual([]);
  }
}

describe("board", () => {
  it("sections as columns, a card added in one, dragged across by mouse and moved by keyboard (announced), the layout remembered, desktop and 360 px", async () => {
    const { page } = session;
    const view = board(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Bo Board");
    await session.addProject("Home");

    await view.layout("Board").click();
    await view.column("No section").waitFor();
    expect(await view.layout("Board").getAttribute("aria-pressed")).toBe("true");
    await view.addSection("To do");
    await view.addSection("Doing");
    await view.addCards("To do", ["Buy paint", "Fix shelf"]);
    await view.addCards("Doing", ["Sand door p1"]);
    expect(await view.titlesIn("To do")).toEqual(["Buy paint", "Fix shelf"]);
    expect(await view.titlesIn("Doing")).toEqual(["Sand door"]);
    // The line is read as quick add reads it: the card shows its priority chip.
    await view.card("Sand door").getByText("Priority 1").waitFor({ state: "attached" });
    await session.settled();

    // Drag "Buy paint" by mouse below "Sand door" in Doing: there at once, with Undo.
    const below = await view.card("Sand door").boundingBox();
    if (!below) throw new Error("no card to drop below");
    await dragWithMouse(page, view.card("Buy paint"), { x: below.x + below.width / 2, y: below.y + below.height + 12 });
    await expect.poll(() => view.titlesIn("Doing")).toEqual(["Sand door", "Buy paint"]);
    expect(await view.titlesIn("To do")).toEqual(["Fix shelf"]);
    await session.settled();
    // Undo puts it back between its old neighbours; then it goes again.
    const toast = page.locator("[data-sonner-toast]", { hasText: "Moved “Buy paint” to Doing" });
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => view.titlesIn("To do")).toEqual(["Buy paint", "Fix shelf"]);
    expect(await view.titlesIn("Doing")).toEqual(["Sand door"]);
    await session.settled();
    await dragWithMouse(page, view.card("Buy paint"), { x: below.x + below.width / 2, y: below.y + below.height + 12 });
    await expect.poll(() => view.titlesIn("Doing")).toEqual(["Sand door", "Buy paint"]);
    await session.settled();

    // The keyboard: Arrow Right on "Fix shelf"'s handle takes it to Doing at the same height, announced.
    await page.getByRole("button", { name: "Move “Fix shelf”" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => view.titlesIn("Doing")).toEqual(["Fix shelf", "Sand door", "Buy paint"]);
    await expect
      .poll(() => page.getByTestId("announcer").textContent())
      .toBe("Moved “Fix shelf” to Doing, position 1 of 3.");
    // The handle keeps the keyboard: Arrow Down moves it on within the column.
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => view.titlesIn("Doing")).toEqual(["Sand door", "Fix shelf", "Buy paint"]);
    await expect
      .poll(() => page.getByTestId("announcer").textContent())
      .toBe("Moved “Fix shelf” to Doing, position 2 of 3.");
    await session.settled();

    // A column moves by its menu (the keyboard's way to reorder sections).
    await page.getByRole("button", { name: "Actions for section “To do”" }).click();
    await page.getByRole("menuitem", { name: "Move right" }).click();
    await expect
      .poll(() => page.locator("main [data-board-column] h2 > span:first-child").allTextContents())
      .toEqual(["No section", "Doing", "To do"]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Actions for section “To do”");
    await session.settled();

    // A card's title opens the task's details, as a row's does.
    await view.card("Sand door").getByRole("button", { name: "Sand door", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Task details" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });

    // Remembered across a reload, in the server's first paint.
    await page.reload();
    await waitUntilInteractive(page);
    await view.column("Doing").waitFor();
    expect(await view.titlesIn("Doing")).toEqual(["Sand door", "Fix shelf", "Buy paint"]);
    expect(await view.layout("Board").getAttribute("aria-pressed")).toBe("true");
    // The server's first paint is the board, with its cards.
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain("data-board-column");
    expect(html).toContain("Fix shelf");
    await expectAccessibleInLightAndDark(page, "desktop");

    // 360 px: the columns scroll sideways, each most of the screen wide; the page itself does not.
    await page.setViewportSize({ width: 360, height: 740 });
    await view.column("Doing").waitFor();
    const width = (await view.column("Doing").boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(360 * 0.8);
    expect(width).toBeLessThan(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessibleInLightAndDark(page, "360 px");

    // A finger drags by the handle: "Buy paint" to the top of Doing.
    await view.column("Doing").scrollIntoViewIfNeeded();
    const top = await view.card("Sand door").boundingBox();
    if (!top) throw new Error("no card to drop above");
    await dragWithFinger(page, page.getByRole("button", { name: "Move “Buy paint”" }), {
      x: top.x + top.width / 2,
      y: top.y + 4,
    });
    await expect.poll(() => view.titlesIn("Doing")).toEqual(["Buy paint", "Sand door", "Fix shelf"]);
    await session.settled();

    // Back to the list, remembered across a reload: the cards are its rows, under their sections.
    await page.emulateMedia({ colorScheme: "light" });
    await view.layout("List").click();
    await page.getByRole("list", { name: "Doing" }).waitFor();
    await session.settled();
    await page.reload();
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    expect(await view.layout("List").getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("list", { name: "Doing" }).locator("[id^='task-title-']").allTextContents()).toEqual([
      "Buy paint",
      "Sand door",
      "Fix shelf",
    ]);
    expect(await page.locator("main [data-board]").count()).toBe(0);
  });
});
