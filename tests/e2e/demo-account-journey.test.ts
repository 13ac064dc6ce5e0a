import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { runSeed } from "~tests/setup/run-seed";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

// A preview deployment (NODE_ENV=production under `next start`, as on Vercel): the demo is offered there.
const session = setupBrowserSession({ env: { VERCEL_ENV: "preview" } });

const demoButton = () => session.page.getByRole("button", { name: "Try the demo account" });

describe("the demo account", () => {
  it("is not offered before `npm run db:seed` has made it", async () => {
    const { page } = session;
    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Sign in to Tasklane" }).waitFor();
    expect(await demoButton().count()).toBe(0);
  });

  it("once seeded, signs in from the keyboard and shows its tasks", async () => {
    const output = await runSeed(session.app);
    expect(output).toContain(`Email:     ${DEMO_ACCOUNT.email}`);

    const { page } = session;
    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    await demoButton().waitFor();
    await page.getByRole("form", { name: "Just looking?" }).getByText(DEMO_ACCOUNT.email).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await demoButton().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await page.getByTestId("user-name").getByText(DEMO_ACCOUNT.name).waitFor();
    await page.getByText("Buy a birthday card for Sam").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto("/today");
    await waitUntilInteractive(page);
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.getByText("Review pull request #482").waitFor();
    await page.getByText("Fix the flaky sign-in test").waitFor(); // overdue
    expect(await accessibilityViolations(page)).toEqual([]);
    await session.settled();
  });
});
