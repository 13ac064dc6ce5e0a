import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { pageRoutes } from "~tests/setup/app-routes";
import { runSeed } from "~tests/setup/run-seed";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

/**
 * Every page of the app, found on disk (a new page fails here until it is listed), opened in Chromium under
 * the production Content-Security-Policy: it answers, hydrates, does one thing only a hydrated page can, and
 * meets WCAG AA in light and dark. A console error, a CSP violation or a failed request fails it (see fixture.ts).
 */
const session = setupBrowserSession();

/** A project, a label and a saved filter of the demo account, as its sidebar links to them. */
interface Ids {
  project: { id: string; name: string };
  label: { id: string; name: string };
  filter: { id: string; name: string };
}

interface Visit {
  path: (ids: Ids) => string;
  signedIn: boolean;
  heading: (ids: Ids) => string;
  status?: number;
  /** Something only the hydrated page does (without React, a form would submit itself to the server). */
  works?: (page: Page) => Promise<void>;
}

/** Sending an auth form empty shows its own validation message and stays on the page. */
function refusesEmptyForm(formName: string) {
  return async (page: Page) => {
    const before = page.url();
    const form = page.getByRole("form", { name: formName });
    await form.locator('button[type="submit"]').first().click();
    await page.getByRole("alert").first().waitFor();
    expect(page.url()).toBe(before);
  };
}

/** The app shell's "?" lists the shortcuts; Escape closes the list. */
async function showsShortcuts(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // The page is drawn in its first paint, and its heading is hydrated before React has committed the shell
  // that listens for keys: a "?" pressed before that does nothing, so it is pressed again (it only opens).
  await expect
    .poll(
      async () => {
        await page.keyboard.press("?");
        return dialog.isVisible();
      },
      { interval: 500, timeout: 15_000 },
    )
    .toBe(true);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
}

const pages: Record<string, Visit> = {
  "/": { path: () => "/", signedIn: true, heading: () => "Inbox", works: showsShortcuts },
  "/today": { path: () => "/today", signedIn: true, heading: () => "Today", works: showsShortcuts },
  "/upcoming": { path: () => "/upcoming", signedIn: true, heading: () => "Upcoming", works: showsShortcuts },
  "/calendar": {
    // A fixed month, so its title is known whatever today is.
    path: () => "/calendar?view=month&date=2026-12-07",
    signedIn: true,
    heading: () => "December 2026",
    works: showsShortcuts,
  },
  "/assigned": { path: () => "/assigned", signedIn: true, heading: () => "Assigned to me", works: showsShortcuts },
  "/completed": { path: () => "/completed", signedIn: true, heading: () => "Completed", works: showsShortcuts },
  "/search": {
    path: () => "/search",
    signedIn: true,
    heading: () => "Search",
    works: async (page) => {
      await page.getByLabel("Search tasks").fill("review");
      await page.getByRole("heading", { level: 1, name: "Results for “review”" }).waitFor();
      await page.getByText("Review pull request #482").waitFor();
    },
  },
  "/projects/[projectId]": {
    path: ({ project }) => `/projects/${project.id}`,
    signedIn: true,
    heading: ({ project }) => project.name,
    works: showsShortcuts,
  },
  "/labels/[labelId]": {
    path: ({ label }) => `/labels/${label.id}`,
    signedIn: true,
    heading: ({ label }) => `@${label.name}`,
    works: showsShortcuts,
  },
  "/filters/[filterId]": {
    path: ({ filter }) => `/filters/${filter.id}`,
    signedIn: true,
    heading: ({ filter }) => filter.name,
    works: showsShortcuts,
  },
  "/settings": { path: () => "/settings", signedIn: true, heading: () => "Settings", works: showsShortcuts },
  "/import": {
    path: () => "/import",
    signedIn: true,
    heading: () => "Import",
    works: async (page) => {
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("alert").filter({ hasText: "Choose a file to import." }).waitFor();
    },
  },
  "/assistant": { path: () => "/assistant", signedIn: true, heading: () => "Assistant", works: showsShortcuts },
  "/oauth/consent": { path: () => "/oauth/consent", signedIn: true, heading: () => "Unknown app" },
  "/oauth/error": {
    path: () => "/oauth/error?error=invalid_scope",
    signedIn: false,
    heading: () => "The app's request failed",
  },
  "/sign-in": {
    path: () => "/sign-in",
    signedIn: false,
    heading: () => "Sign in to Tasklane",
    works: refusesEmptyForm("Sign in"),
  },
  "/sign-up": {
    path: () => "/sign-up",
    signedIn: false,
    heading: () => "Create your account",
    works: refusesEmptyForm("Create account"),
  },
  "/forgot-password": {
    path: () => "/forgot-password",
    signedIn: false,
    heading: () => "Forgot your password?",
    works: refusesEmptyForm("Reset password"),
  },
  "/reset-password": {
    path: () => "/reset-password?token=from-the-email",
    signedIn: false,
    heading: () => "Choose a new password",
    works: refusesEmptyForm("Choose a new password"),
  },
  "/magic-link": {
    path: () => "/magic-link",
    signedIn: false,
    heading: () => "Sign in with an email link",
    works: refusesEmptyForm("Email me a sign-in link"),
  },
  "/two-factor": {
    path: () => "/two-factor",
    signedIn: false,
    heading: () => "Two-factor authentication",
    works: refusesEmptyForm("Enter your code"),
  },
  "/verify-email": {
    path: () => "/verify-email",
    signedIn: false,
    heading: () => "Verify your email",
    works: refusesEmptyForm("Send the link again"),
  },
  "/invite/[token]": {
    path: () => "/invite/a-token-from-an-invitation-email",
    signedIn: false,
    heading: () => "You are invited to a project",
    works: async (page) => {
      const signIn = page.getByRole("link", { name: "Sign in to continue" });
      expect(await signIn.getAttribute("href")).toBe(
        `/sign-in?next=${encodeURIComponent("/invite/a-token-from-an-invitation-email")}`,
      );
    },
  },
  "/join/[token]": {
    path: () => "/join/a-token-from-a-share-link-000",
    signedIn: false,
    heading: () => "Join a shared project",
    works: async (page) => {
      const signIn = page.getByRole("link", { name: "Sign in to continue" });
      expect(await signIn.getAttribute("href")).toBe(
        `/sign-in?next=${encodeURIComponent("/join/a-token-from-a-share-link-000")}`,
      );
    },
  },
  // Development only: it holds sign-in links. Under `next start` it is the 404 page.
  "/dev/outbox": { path: () => "/dev/outbox", signedIn: false, heading: () => "This page does not exist", status: 404 },
};

/** React has taken over the page's main heading (its DOM node carries React's fiber). */
async function signInAsDemo(page: Page): Promise<Ids> {
  await page.goto("/sign-in");
  await waitUntilInteractive(page);
  await page.getByLabel("Email").fill(DEMO_ACCOUNT.email);
  await page.getByLabel("Password").fill(DEMO_ACCOUNT.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
  const linked = async (prefix: string) => {
    const link = page.locator(`nav a[href^="${prefix}"]`).first();
    const id = (await link.getAttribute("href"))?.slice(prefix.length);
    if (!id) throw new Error(`no ${prefix} link in the sidebar`);
    const name = await link.locator("span.truncate").textContent();
    if (!name) throw new Error(`no name on the sidebar's ${prefix}${id} link`);
    return { id, name };
  };
  return { project: await linked("/projects/"), label: await linked("/labels/"), filter: await linked("/filters/") };
}

describe("every page", () => {
  beforeAll(async () => {
    await runSeed(session.app); // the demo account: projects, labels and tasks to show
  }, 120_000);

  it("is listed here", () => {
    expect(Object.keys(pages).sort()).toEqual(pageRoutes());
  });

  for (const signedIn of [false, true]) {
    it(`${signedIn ? "signed in" : "signed out"}: answers, hydrates, works and meets WCAG AA in light and dark`, async () => {
      const { page } = session;
      const ids = signedIn
        ? await signInAsDemo(page)
        : { project: { id: "", name: "" }, label: { id: "", name: "" }, filter: { id: "", name: "" } };
      for (const [route, visit] of Object.entries(pages).filter(([, each]) => each.signedIn === signedIn)) {
        const url = visit.path(ids);
        if (visit.status && visit.status >= 400) {
          const { pathname } = new URL(url, session.app.url);
          session.expectResponse({ method: "GET", path: pathname, status: visit.status }, `${route} answers so`);
        }
        await page.emulateMedia({ colorScheme: "light" });
        const response = await page.goto(url);
        expect(response?.status(), route).toBe(visit.status ?? 200);
        const heading = page.getByRole("heading", { level: 1, name: visit.heading(ids) });
        await heading.waitFor({ timeout: 10_000 }).catch(() => {
          throw new Error(`${route}: no h1 "${visit.heading(ids)}"`);
        });
        await waitUntilInteractive(page);
        await visit.works?.(page);
        expect(await accessibilityViolations(page), `${route} in light`).toEqual([]);

        await page.emulateMedia({ colorScheme: "dark" });
        await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
        expect(await accessibilityViolations(page), `${route} in dark`).toEqual([]);

        // Its requests are done before the next page: a failure is reported on the page that caused it.
        await session.settled();
      }
    });
  }
});
