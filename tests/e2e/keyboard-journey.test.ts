import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(async () => {
  ({ page } = session);
  await page.setViewportSize({ width: 1280, height: 900 });
});

const taskTitles = () => page.getByRole("list", { name: "Tasks" }).locator("li [id^='task-title-']").allTextContents();
const focusedTitle = () =>
  page.evaluate(() => {
    const row = document.activeElement?.closest<HTMLElement>("[data-task-row]");
    return row?.querySelector("[id^='task-title-']")?.textContent ?? null;
  });
const heading = (name: string) => page.getByRole("heading", { name, level: 1 });

/** Counts every mouse and pointer event the page sees: a keyboard-only journey has none. */
async function countMouseEvents() {
  await page.evaluate(() => {
    const counted = window as unknown as { mouseEvents: number };
    counted.mouseEvents = 0;
    for (const type of ["mousedown", "mouseup", "click", "pointerdown", "pointerup", "mousemove"]) {
      window.addEventListener(type, (event) => {
        // A click that a key press makes (Enter or Space on a button) has no pointer behind it.
        if (event instanceof PointerEvent && event.pointerType === "" && type === "click") return;
        if (type === "click" && (event as MouseEvent).detail === 0) return;
        counted.mouseEvents += 1;
      });
    }
  });
  return () => page.evaluate(() => (window as unknown as { mouseEvents: number }).mouseEvents);
}

describe("keyboard-only use", () => {
  it("quick add, j/k, x with undo, g t, the palette and the shortcuts, with no mouse", async () => {
    await session.signUp("Kim Keys");
    const mouseEvents = await countMouseEvents();
    const keyboard = page.keyboard;

    // Quick add two tasks; the dialog stays open for the next one.
    await keyboard.press("q");
    const quickAdd = page.getByRole("dialog", { name: "Quick add" });
    await quickAdd.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const title of ["Buy milk", "Call mum"]) {
      await keyboard.type(title);
      await keyboard.press("Enter");
      await quickAdd.getByRole("status").getByText(`Added “${title}”`).waitFor();
    }
    await keyboard.press("Escape");
    await quickAdd.waitFor({ state: "hidden" });
    await expect.poll(taskTitles).toEqual(["Buy milk", "Call mum"]);
    await session.settled();

    // j and k move a visible focus through the rows.
    await keyboard.press("j");
    await expect.poll(focusedTitle).toBe("Buy milk");
    expect(await page.evaluate(() => document.activeElement?.matches(":focus-visible"))).toBe(true);
    await keyboard.press("j");
    await expect.poll(focusedTitle).toBe("Call mum");
    await keyboard.press("k");
    await expect.poll(focusedTitle).toBe("Buy milk");

    // x completes it: announced, and the toast offers Undo, reached with the keyboard (sonner's Alt+T).
    await keyboard.press("x");
    await expect.poll(taskTitles).toEqual(["Call mum"]);
    await expect.poll(() => page.getByTestId("announcer").textContent()).toBe("Completed “Buy milk”.");
    const toast = page.locator("[data-sonner-toast]", { hasText: "Completed “Buy milk”" });
    await toast.waitFor();
    await keyboard.press("Alt+KeyT");
    for (let step = 0; step < 6; step += 1) {
      const name = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (name === "Undo") break;
      await keyboard.press("Tab");
    }
    await keyboard.press("Enter");
    await expect.poll(taskTitles).toEqual(["Buy milk", "Call mum"]);
    await session.settled();

    // g then t goes to Today, with the focus on its heading.
    await keyboard.press("g");
    await keyboard.press("t");
    await heading("Today").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");

    // The command palette: filter, arrow down to Upcoming, Enter.
    await keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await palette.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await keyboard.type("go to");
    await keyboard.press("ArrowDown");
    await keyboard.press("ArrowDown");
    const active = await palette.getByRole("combobox").getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${active}"]`).textContent()).toBe("Go to Upcoming");
    await keyboard.press("Enter");
    await heading("Upcoming").waitFor();
    await expect.poll(() => palette.isVisible()).toBe(false);

    // And back to the Inbox by name.
    await keyboard.press("Control+k");
    await palette.waitFor();
    await keyboard.type("inbox");
    await keyboard.press("Enter");
    await heading("Inbox").waitFor();

    // ? lists the shortcuts; Escape closes it.
    await keyboard.press("?");
    const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await shortcuts.waitFor();
    await shortcuts.getByText("Complete the focused task").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await keyboard.press("Escape");
    await shortcuts.waitFor({ state: "hidden" });

    // e opens the focused task's details; Escape closes them.
    await keyboard.press("j");
    await expect.poll(focusedTitle).toBe("Buy milk");
    await keyboard.press("e");
    const details = page.getByRole("dialog", { name: "Task details" });
    await details.waitFor();
    await keyboard.press("Escape");
    await details.waitFor({ state: "hidden" });

    // Delete on a focused row deletes it, with Undo in the toast.
    await keyboard.press("j");
    await keyboard.press("k");
    await expect.poll(focusedTitle).toBe("Buy milk");
    await keyboard.press("Delete");
    await expect.poll(taskTitles).toEqual(["Call mum"]);
    await page
      .locator("[data-sonner-toast]", { hasText: "Deleted “Buy milk”" })
      .getByRole("button", { name: "Undo" })
      .waitFor();
    await session.settled();

    // / goes to Search with the caret in its field.
    await keyboard.press("/");
    await page.getByLabel("Search tasks").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("search-tasks");

    // The palette finds a task by its title; Enter opens its details.
    await keyboard.press("Control+k");
    await palette.waitFor();
    await keyboard.type("call m");
    await palette.getByRole("option", { name: "Task: Call mum" }).waitFor();
    await expect
      .poll(async () => {
        const activeId = await palette.getByRole("combobox").getAttribute("aria-activedescendant");
        return page.locator(`[id="${activeId}"]`).textContent();
      })
      .toBe("Task: Call mum");
    expect(await accessibilityViolations(page)).toEqual([]);
    await keyboard.press("Enter");
    await details.waitFor();
    await expect.poll(() => details.getByLabel("Title").inputValue()).toBe("Call mum");
    await keyboard.press("Escape");
    await details.waitFor({ state: "hidden" });

    expect(await mouseEvents()).toBe(0);
  });
});
