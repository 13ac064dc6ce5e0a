import type { Locator } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { relayedDatabase } from "~tests/setup/app-server";
import { waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

// The app reaches PostgreSQL through a relay the test cuts: a real server-side failure, no test hook.
// The scripted model makes the assistant's chat reachable without an AI key.
const relay = relayedDatabase();
const session = setupBrowserSession({ databaseUrl: relay.databaseUrl, env: { ASSISTANT_MODEL: "test-scripted" } });

// While the database is cut, every call the page makes is refused and the tRPC client logs each refusal;
// which calls those are (background refetches of other lists too) depends on timing, not on the test.
beforeEach(() => {
  session.allowConsoleErrors(/TRPCClientError: Database unavailable, try again/, "the test cuts the database");
});

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The reference an error shows, once it shows one (react-query retries a failed read first). */
async function referenceIn(surface: Locator): Promise<{ text: string; reference: string }> {
  await surface.filter({ hasText: "reference:" }).first().waitFor({ timeout: 20_000 });
  const text = (await surface.filter({ hasText: "reference:" }).first().textContent()) ?? "";
  const reference = /reference: ([0-9a-f-]{36})/.exec(text)?.[1] ?? "";
  expect(reference).toMatch(UUID_V4);
  return { text, reference };
}

/** The server's JSON log lines for one request id. */
function loggedFor(reference: string): string {
  return session.app.server
    .output()
    .split("\n")
    .filter((line) => line.includes(`"requestId":"${reference}"`))
    .join("\n");
}

/** Runs `work` with the database cut off, then gives it back. */
async function withoutDatabase(work: () => Promise<void>) {
  await relay.proxy.cut();
  try {
    await work();
  } finally {
    await relay.proxy.restore();
  }
}

describe("a server error shown to the user", () => {
  it("gives a reference that finds the request in the logs", async () => {
    await session.signUp("Reference");
    const { page } = session;

    await withoutDatabase(async () => {
      const field = page.getByLabel("New task");
      await field.fill("Lost in the outage");
      await field.press("Enter");
      const { text, reference } = await referenceIn(page.locator("[data-sonner-toast]"));
      expect(text).toContain("Can't reach the database. Your change was not saved.");
      const logged = loggedFor(reference);
      expect(logged).not.toBe("");
      expect(logged).toContain('"outcome":"SERVICE_UNAVAILABLE"');
    });
  });

  it("gives a failed read of the task list its reference", async () => {
    await session.signUp("Reading");
    const { page } = session;

    await withoutDatabase(async () => {
      // The failed add is rolled back and the list read again: the (empty) Inbox cannot be loaded.
      const field = page.getByLabel("New task");
      await field.fill("Never stored");
      await field.press("Enter");
      const { text, reference } = await referenceIn(
        page.getByRole("alert").filter({ hasText: "Couldn't load your tasks." }),
      );
      expect(text).toContain("Couldn't load your tasks.");
      // The list's own request (not the failed add's).
      const logged = loggedFor(reference);
      expect(logged).toContain('"procedure":"task.list"');
      expect(logged).toContain('"outcome":"SERVICE_UNAVAILABLE"');
    });
  });

  it("gives a failed read of a task's history its reference", async () => {
    await session.signUp("History");
    const { page } = session;
    const field = page.getByLabel("New task");
    await field.fill("Has a past");
    await field.press("Enter");
    await page.locator("li[data-task-id]", { hasText: "Has a past" }).waitFor();
    await session.settled();

    await withoutDatabase(async () => {
      await page.getByRole("button", { name: "Details of “Has a past”" }).click();
      const dialog = page.getByRole("dialog", { name: "Task details" });
      // The comments' read fails too (their own alert); this one is the history's.
      const history = dialog.getByRole("region", { name: "Activity" }).getByRole("alert");
      const { text, reference } = await referenceIn(history);
      expect(text).toContain("Couldn't load the history.");
      const logged = loggedFor(reference);
      expect(logged).toContain('"procedure":"task.activity"');
      expect(logged).toContain('"outcome":"SERVICE_UNAVAILABLE"');
    });
  });

  it("gives quick add's failure its reference", async () => {
    await session.signUp("Quick");
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.press("q");
    const dialog = page.getByRole("dialog", { name: "Quick add" });
    const field = dialog.getByLabel("Task");
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("Lost quickly");

    await withoutDatabase(async () => {
      await page.keyboard.press("Enter");
      const { text, reference } = await referenceIn(dialog.getByRole("alert"));
      expect(text).toContain("Couldn't add the task.");
      const logged = loggedFor(reference);
      expect(logged).toContain('"procedure":"task.create"');
      expect(logged).toContain('"outcome":"SERVICE_UNAVAILABLE"');
    });
  });

  it("gives an auth form's server failure the reference of its request", async () => {
    session.expectResponse(
      { method: "POST", path: "/api/auth/sign-in/email", status: 500 },
      "signing in without the database fails on the server",
    );
    const email = await session.signUp("Signing In");
    const { page, context } = session;
    await context.clearCookies();
    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);

    await withoutDatabase(async () => {
      const answered = page.waitForResponse((response) => response.url().includes("/api/auth/sign-in/email"));
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      const response = await answered;
      expect(response.status()).toBeGreaterThanOrEqual(500);
      const { text, reference } = await referenceIn(page.getByRole("alert"));
      expect(text).toContain("Something went wrong on our side. Please try again.");
      // The id the proxy put on the response, not one made up in the browser.
      expect(reference).toBe(response.headers()["x-request-id"]);
      expect(loggedFor(reference)).toContain('"path":"/api/auth/sign-in/email"');
    });
  });

  it("gives the assistant's failure the reference of its request", async () => {
    session.expectResponse(
      { method: "POST", path: "/api/assistant", status: 503 },
      "the assistant refuses a message without the database",
    );
    await session.signUp("Asking");
    const { page } = session;
    await page.goto("/assistant");
    await waitUntilInteractive(page);
    const field = page.getByLabel("Message", { exact: true });
    await field.waitFor();

    await withoutDatabase(async () => {
      await field.fill("add a task Lost");
      await field.press("Enter");
      const { text, reference } = await referenceIn(page.getByRole("alert"));
      expect(text).toContain("Database unavailable, try again");
      const logged = loggedFor(reference);
      expect(logged).toContain('"msg":"assistant request refused"');
      expect(logged).toContain('"outcome":"SERVICE_UNAVAILABLE"');
    });
  });
});
