import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { launchBrowser, logCspViolations, waitUntilInteractive } from "./browser";
import {
  type Allowances,
  describeProblem,
  type ExpectedResponse,
  noAllowances,
  type PageProblem,
  recordPageProblems,
  trpcErrorLine,
  unexpectedProblems,
} from "./page-problems";

export const PASSWORD = "correct horse battery";

/**
 * For an e2e file: the built app on its own database, one Chromium for the file, and per test a fresh
 * phone-sized context whose in-flight tRPC requests are tracked. A test fails if its page logs a console
 * error (a CSP violation included), throws an uncaught error or gets a 4xx/5xx, unless the test declared
 * it first (allowConsoleErrors, allowTrpcErrors, expectResponse): declarations last for that one test.
 * `appOptions` as for setupAppServer() (extra environment, e.g. an OAuth provider).
 *
 * `serviceWorkers`: the app's worker (public/sw.js) runs as it does for a user, unless the file blocks it. A
 * file whose tests hold back, change or cut the app's requests (`page.route`) blocks it: Playwright does not
 * always see a request the worker passed on to the network (with the CPU throttled, 2 runs in about 130 went
 * past the route to the server untouched), so such a test would test nothing, or fail now and then. Routing with the worker allowed
 * throws at once. `locale`: the browser's language, en-GB (a 24-hour language) unless a file says otherwise.
 */
export function setupBrowserSession(
  appOptions: Parameters<typeof setupAppServer>[0] = {},
  { serviceWorkers = "allow", locale = "en-GB" }: { serviceWorkers?: "allow" | "block"; locale?: string } = {},
) {
  const app = setupAppServer(appOptions);
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: PageProblem[] = [];
  let allowances: Allowances = noAllowances();
  let pendingRequests = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error("no browser");
    // A 24-hour language: an account's automatic time format then writes times as the journeys expect them.
    context = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 360, height: 740 },
      locale,
      serviceWorkers,
    });
    page = await context.newPage();
    if (serviceWorkers === "allow") refuseRouting(context, page);
    await logCspViolations(page);
    problems = recordPageProblems(page);
    allowances = noAllowances();
    pendingRequests = 0;
    // The live-updates stream (sync.changes) stays open for the page's life: it is never "in flight".
    const isTrpc = (url: string) => url.includes("/api/trpc/") && !url.includes("/api/trpc/sync.changes");
    page.on("request", (request) => {
      if (isTrpc(request.url())) pendingRequests += 1;
    });
    page.on("requestfinished", (request) => {
      if (isTrpc(request.url())) pendingRequests -= 1;
    });
    page.on("requestfailed", (request) => {
      if (isTrpc(request.url())) pendingRequests -= 1;
    });
  });
  afterEach(async () => {
    const unexpected = unexpectedProblems(problems, allowances);
    await context?.close();
    if (unexpected.length > 0) {
      throw new Error(
        `The page had problems this test did not declare (allowConsoleErrors, allowTrpcErrors, expectResponse):\n${unexpected.map((line) => `  - ${line}`).join("\n")}`,
      );
    }
  });

  const current = () => {
    if (!page || !context) throw new Error("the browser page exists only inside tests");
    return { page, context };
  };

  return {
    app,
    get page() {
      return current().page;
    },
    get context() {
      return current().context;
    },
    /** Every problem of this test's page so far, described, allowed or not (to check a stretch of a test). */
    get problems(): string[] {
      return problems.map(describeProblem);
    },
    /** This test's page may log console errors (or throw uncaught errors) whose text matches `pattern`. */
    allowConsoleErrors(pattern: RegExp, because: string) {
      allowances.consoleErrors.push({ pattern, because });
    },
    /** This test's calls to the tRPC `procedure` may fail: the tRPC client logs each failure as an error. */
    allowTrpcErrors(procedure: string, because: string) {
      allowances.consoleErrors.push({ pattern: trpcErrorLine(procedure), because });
    },
    /** This test's page gets this 4xx/5xx at least once; the test fails if it never comes. */
    expectResponse(expected: ExpectedResponse, because: string) {
      allowances.responses.push({ expected, because });
    },
    /** Signs up through the form and waits for the signed-in app. */
    async signUp(name: string, email = `${name.toLowerCase().replace(/\W/g, "")}-${Date.now()}@example.test`) {
      const { page } = current();
      await page.goto("/sign-up");
      await waitUntilInteractive(page);
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
      await page.getByTestId("user-name").getByText(name).waitFor();
      return email;
    },
    /** Adds a project from the sidebar's "Add project" (a desktop-wide page) and waits on its page. */
    async addProject(name: string) {
      const { page } = current();
      await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Add project" }).click();
      await page.getByRole("dialog").getByLabel("Name").fill(name);
      await page.getByRole("dialog").getByRole("button", { name: "Add project" }).click();
      await page.getByRole("heading", { name, level: 1 }).waitFor();
    },
    /** The Inbox's titles as the server has them, read with this browser's cookies (not through the page). */
    async inboxOnServer(): Promise<string[]> {
      const cookie = (await current().context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
      const input = encodeURIComponent(JSON.stringify({ json: {} }));
      const response = await fetch(`${app.url}/api/trpc/task.list?input=${input}`, { headers: { cookie } });
      const body = (await response.json()) as { result: { data: { json: { items: { title: string }[] } } } };
      return body.result.data.json.items.map((task) => task.title);
    },
    /** Waits until no tRPC request is in flight (and none started for 300 ms): every change has been saved. */
    async settled() {
      const { page } = current();
      await expect.poll(() => pendingRequests, { timeout: 10_000 }).toBe(0);
      let quietSince = Date.now();
      while (Date.now() - quietSince < 300) {
        await page.waitForTimeout(50);
        if (pendingRequests > 0) {
          await expect.poll(() => pendingRequests, { timeout: 10_000 }).toBe(0);
          quietSince = Date.now();
        }
      }
    },
  };
}

/** With the service worker allowed, a route may be passed by: say so where the test routes, not as a flake. */
function refuseRouting(context: BrowserContext, page: Page) {
  const refuse = () => {
    throw new Error(
      'This file lets the app\'s service worker run: block it to route requests (setupBrowserSession(app, { serviceWorkers: "block" })).',
    );
  };
  context.route = refuse;
  page.route = refuse;
}
