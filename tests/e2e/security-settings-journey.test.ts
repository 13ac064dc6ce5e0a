import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { accessibilityViolations } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

const taskListPath = `/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify(superjson.serialize({})))}`;

describe("security settings", () => {
  it("shows this device, creates an API token shown once, which calls the API until revoked", async () => {
    const { page } = session;
    await session.signUp("Sam Secure");
    await page.goto("/settings");
    await page.getByRole("heading", { name: "API tokens", level: 2 }).waitFor();
    for (const heading of ["Email", "Password", "Sessions"]) {
      await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
    }
    const sessions = page.getByRole("list", { name: "Sessions" });
    await sessions.getByText("This device").waitFor();
    await sessions.getByText("Chrome on Linux").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("alert").filter({ hasText: "Name the token" }).waitFor();

    await page.getByLabel("Token name").fill("e2e script");
    await page.getByLabel("Expires").selectOption({ label: "In 7 days" });
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByTestId("new-access-token");
    await shown.waitFor();
    const token = (await shown.textContent())?.trim() ?? "";
    expect(token).toMatch(/^tlpat_/);
    await page.getByText("it will not be shown again").waitFor();
    await page.getByText(`…${token.slice(-4)}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const call = () => page.request.get(taskListPath, { headers: { Authorization: `Bearer ${token}` } });
    expect((await call()).status()).toBe(200);

    await page.getByRole("button", { name: "Revoke e2e script" }).click();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await page.getByText("You have no tokens.").waitFor();
    expect(await shown.count()).toBe(0);
    await session.settled();

    expect((await call()).status()).toBe(401);
    expect(session.consoleErrors).toEqual([]);
  });
});
