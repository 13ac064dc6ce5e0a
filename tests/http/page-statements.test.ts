import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const SECRET = "page-statements-secret-of-this-test";
// The session is read once, then cached (for a minute, longer than this file takes): what is counted is the page's own reads.
const app = setupAppServer({ env: { BENCH: "1", BENCH_SECRET: SECRET, SESSION_CACHE_SECONDS: "60" } });

async function statementCount(): Promise<number> {
  const response = await fetch(`${app.url}/api/bench/statements`, { headers: { "x-bench-secret": SECRET } });
  return ((await response.json()) as { statements: number }).statements;
}

/** How many SQL statements the server ran to answer one load of `path`. */
async function statementsOf(browser: HttpSession, path: string): Promise<number> {
  const before = await statementCount();
  const page = await browser.request(path);
  expect(page.status).toBe(200);
  await page.text();
  return (await statementCount()) - before;
}

describe("a signed-in page load (issue #20 target 6)", () => {
  it("reads the shell (sidebar, bell, reminders) in one statement and the view's list in one", async () => {
    const browser = new HttpSession(app.url);
    const signedUp = await browser.signUp({
      name: "Counted",
      email: uniqueEmail("counted"),
      password: "counted pages 1",
    });
    expect(signedUp.status).toBe(200);
    const headers = { "content-type": "application/json", origin: app.url };
    for (const [path, json] of [
      ["project.create", { name: "Work" }],
      ["label.create", { name: "errand" }],
      ["filter.create", { name: "Urgent", query: "p1" }],
      ["task.create", { title: "Something to list" }],
    ] as const) {
      const created = await browser.request(`/api/trpc/${path}`, {
        method: "POST",
        headers,
        body: JSON.stringify({ json }),
      });
      expect(created.status).toBe(200);
    }
    await statementsOf(browser, "/");

    expect(await statementsOf(browser, "/")).toBe(2);
    expect(await statementsOf(browser, "/today")).toBe(2);
    expect(await statementsOf(browser, "/upcoming")).toBe(2);
  });
});
