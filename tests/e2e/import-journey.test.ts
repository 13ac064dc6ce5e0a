import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

const TODOIST_CSV = [
  "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
  "task,Pay rent @bills,Before the 1st,1,1,Ada (1),,every month on the 1st,en,UTC",
  "section,Garden,,,,,,,,",
  "task,Mow the lawn @garden,,2,1,Ada (1),,tomorrow 5pm,en,UTC",
  "task,Get fuel,,4,2,Ada (1),,,,",
  "task,Green can,,4,3,Ada (1),,,,",
  "note,Only the green can,,,,Ada (1),,,,",
].join("\r\n");

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

describe("import journey (Chromium, 360 px)", () => {
  it("imports a Todoist CSV from Settings: preview with every problem, then sections, subtasks, labels and a repeat in place", async () => {
    const { page } = session;
    await session.signUp("Importer");
    await page.goto("/settings");
    await waitUntilInteractive(page);
    await page.getByRole("link", { name: "Import" }).click();
    await page.getByRole("heading", { name: "Import", level: 1 }).waitFor();
    await expectAccessibleInLightAndDark(page);

    await page.getByLabel("Todoist project (CSV)").check();
    await page
      .getByLabel("File")
      .setInputFiles({ name: "Home.csv", mimeType: "text/csv", buffer: Buffer.from(TODOIST_CSV) });
    await page.getByRole("button", { name: "Preview" }).click();

    const preview = page.getByRole("region", { name: "Preview" });
    await preview.waitFor();
    // The outcome takes the focus, for keyboard and screen-reader users.
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.contains(document.getElementById("import-results-title"))),
      )
      .toBe(true);
    expect(await preview.locator("dt").allTextContents()).toEqual([
      "New projects",
      "Sections",
      "Tasks",
      "Comments",
      "New labels",
    ]);
    expect(await preview.locator("dd").allTextContents()).toEqual(["1", "1", "4", "1", "2"]);
    expect(await preview.getByRole("list", { name: "1 problem" }).getByRole("listitem").allTextContents()).toEqual([
      "line 6: indent 3 attached to “Mow the lawn” (one level of subtasks)",
    ]);
    const rows = preview.getByRole("row");
    expect(await rows.nth(1).textContent()).toMatch(/Pay rent.*\(repeats\).*@bills/);
    expect(await rows.nth(3).textContent()).toMatch(/Get fuel.*subtask of Mow the lawn.*Garden/);
    await expectAccessibleInLightAndDark(page);

    await preview.getByRole("button", { name: "Import" }).click();
    const done = page.getByRole("region", { name: "Imported" });
    await done.waitFor();
    await done.getByRole("link", { name: "Open Home" }).click();
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();

    const rent = page.locator("main li", { hasText: "Pay rent" }).first();
    await rent.getByText("@bills").waitFor();
    await rent.getByText("Repeats:").waitFor();
    const mow = page.locator("main li", { hasText: "Mow the lawn" }).first();
    await mow.getByText("@garden").waitFor();
    await expectAccessibleInLightAndDark(page);
    // The subtask, and the one deeper, attached to it (one level of subtasks).
    await page.getByRole("button", { name: "Details of “Mow the lawn”" }).click();
    const subtasks = page
      .getByRole("dialog", { name: "Task details" })
      .getByRole("list", { name: "Subtasks of “Mow the lawn”" });
    await subtasks.getByText("Get fuel").waitFor();
    await subtasks.getByText("Green can").waitFor();
  });

  it("refuses a malformed file with the line, announced and focused", async () => {
    const { page } = session;
    await session.signUp("Careless");
    await page.goto("/import");
    await waitUntilInteractive(page);
    session.expectResponse({ path: "/api/import", status: 400 }, "the file is malformed on purpose");
    await page
      .getByLabel("File")
      .setInputFiles({ name: "Bad.csv", mimeType: "text/csv", buffer: Buffer.from('TYPE,CONTENT\ntask,"oops\n') });
    await page.getByRole("button", { name: "Preview" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Could not import Bad.csv: line 2: a quoted field is never closed." })
      .waitFor();
    await expectAccessibleInLightAndDark(page);
  });
});
