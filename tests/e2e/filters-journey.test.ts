import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

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

async function addTask(page: Page, line: string, title: string) {
  const field = page.getByLabel("New task");
  await field.fill(line);
  await field.press("Enter");
  await page.locator("li[data-task-id]", { hasText: title }).first().waitFor();
}

describe("saved filters", () => {
  it("a query with a typo shows the error at its position; fixed, saved and opened from the sidebar, it lists the right tasks", async () => {
    const { page } = session;
    await session.signUp("Fiona Filter");
    await addTask(page, "Pay the rent p1", "Pay the rent");
    await addTask(page, "Water the plants", "Water the plants");
    await addTask(page, "Call the bank p1 today", "Call the bank");
    await session.settled();

    // On a phone the sidebar is behind "Menu".
    await page.getByRole("button", { name: "Menu" }).click();
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("button", { name: "Add filter" }).click();
    const dialog = page.getByRole("dialog", { name: "Add filter" });
    await dialog.getByLabel("Name").fill("Urgent");
    const query = dialog.getByLabel("Query");
    await query.fill("p1 & tody");

    // The message names the position, and the echo marks the character there; both describe the field.
    const message =
      "Unknown filter 'tody': expected one such as today, overdue, p1, #Project, /Section, @label or search: words at 5";
    await dialog.getByText(message).waitFor();
    expect(await query.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.locator("mark").textContent()).toBe("t");
    const describedBy = (await query.getAttribute("aria-describedby"))?.split(" ") ?? [];
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(" ")).toContain(message);
    await expectAccessibleInLightAndDark(page);

    // Saving it as it is keeps the dialog open with the same message.
    await dialog.getByRole("button", { name: "Add filter" }).click();
    await dialog.getByText(message).first().waitFor();

    await query.fill("p1 & !today");
    await dialog.getByText("1 open task matches right now.").waitFor();
    expect(await query.getAttribute("aria-invalid")).toBeNull();
    await dialog.getByRole("button", { name: "Add filter" }).click();

    // Saved, its page opens; the sidebar links to it.
    await page.getByRole("heading", { name: "Urgent", level: 1 }).waitFor();
    const titles = () => page.locator("main li[data-task-id] [id^='task-title-']").allTextContents();
    await expect.poll(titles).toEqual(["Pay the rent"]);

    await page.goto("/");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Menu" }).click();
    await nav.getByRole("link", { name: "Urgent" }).click();
    await page.getByRole("heading", { name: "Urgent", level: 1 }).waitFor();
    // The page says what it lists: its query, under its name.
    await page.locator("main p code", { hasText: "p1 & !today" }).waitFor();
    await expect.poll(titles).toEqual(["Pay the rent"]);
    await expectAccessibleInLightAndDark(page);

    // Edited from its page, the list follows the new query.
    await page.getByRole("button", { name: "Edit filter" }).click();
    const editor = page.getByRole("dialog", { name: "Edit filter “Urgent”" });
    await editor.getByLabel("Query").fill("p1");
    await editor.getByText("2 open tasks match right now.").waitFor();
    await editor.getByRole("button", { name: "Save" }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(["Call the bank", "Pay the rent"]);
  });
});
