// The fixture's checker, on a page that misbehaves on purpose: every e2e test trusts it to fail them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import { noAllowances, type PageProblem, recordPageProblems, trpcErrorLine, unexpectedProblems } from "./page-problems";

const ORIGIN = "http://app.test";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A page (served by the browser itself, no server) that logs an error, throws, and gets a 404 and a 503. */
async function misbehavingPage(): Promise<{ page: Page; problems: PageProblem[] }> {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === "/") {
      return route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Broken</title><script>
          console.error("Something broke");
          // The tRPC client's logger, as it writes a failed call.
          console.error("%c << mutation #3 %ctask.delete%c %O", "color: red", "font-weight: bold", "", { result: new Error("Task not found.") });
          setTimeout(() => { throw new Error("Nobody caught me"); });
          fetch("/missing");
          fetch("/api/trpc/task.list", { method: "POST" });
        </script>`,
      });
    }
    return route.fulfill({ status: pathname === "/missing" ? 404 : 503, body: "" });
  });
  const problems = recordPageProblems(page);
  await page.goto(`${ORIGIN}/`);
  await expect.poll(() => problems.length).toBe(5);
  return { page, problems };
}

describe("the e2e fixture's checker", () => {
  it("names each console error, uncaught error and failed request of a page that declared none", async () => {
    const { page, problems } = await misbehavingPage();
    expect(unexpectedProblems(problems, noAllowances()).sort()).toEqual(
      [
        "console error (on /): Something broke",
        "console error (on /): tRPC mutation task.delete failed: Error: Task not found.",
        "uncaught error (on /): Nobody caught me",
        "GET /missing → 404 (on /)",
        "POST /api/trpc/task.list → 503 (on /)",
      ].sort(),
    );
    await page.close();
  });

  it("passes what the test declared, and fails an expected response that never came", async () => {
    const { page, problems } = await misbehavingPage();
    const allowances = noAllowances();
    allowances.consoleErrors.push(
      { pattern: /^Something broke$/, because: "on purpose" },
      { pattern: /^Nobody caught me$/, because: "on purpose" },
      { pattern: trpcErrorLine("task.delete"), because: "on purpose" },
    );
    allowances.responses.push(
      { expected: { status: 404, path: "/missing" }, because: "on purpose" },
      { expected: { method: "POST", status: 503, path: /^\/api\/trpc\// }, because: "on purpose" },
    );
    expect(unexpectedProblems(problems, allowances)).toEqual([]);

    allowances.responses.push({ expected: { status: 401, path: "/api/mcp" }, because: "a challenge" });
    expect(unexpectedProblems(problems, allowances)).toEqual([
      "expected any method /api/mcp → 401 (a challenge), but it never came",
    ]);
    // A pattern for one procedure does not pass another's failure.
    allowances.consoleErrors.splice(2, 1, { pattern: trpcErrorLine("task.update"), because: "another call" });
    expect(unexpectedProblems(problems, allowances)).toContain(
      "console error (on /): tRPC mutation task.delete failed: Error: Task not found.",
    );
    await page.close();
  });
});
