import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

async function openSettings() {
  await page.goto("/settings");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
}

describe("your data, in Settings", () => {
  it("exports, refuses a wrong confirmation or password, then deletes the account and lands on sign-in", async () => {
    session.allowTrpcErrors("account.delete", "the server refuses the wrong confirmation and the wrong password");
    session.expectResponse(
      { method: "POST", path: "/api/auth/sign-in/email", status: 401 },
      "signing in to the deleted account is refused",
    );
    const email = await session.signUp("Dana Data");
    await openSettings();
    await page.getByRole("heading", { name: "Your data", level: 2 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const exportLink = page.getByRole("link", { name: "Export my data" });
    expect(await exportLink.getAttribute("href")).toBe("/api/account/export");
    const exported = await page.request.get("/api/account/export");
    expect(exported.status()).toBe(200);
    expect(((await exported.json()) as { user: { email: string } }).user.email).toBe(email);

    const deleteForm = page.getByRole("form", { name: "Delete my account" });
    const passwordField = deleteForm.getByLabel("Your password");
    const confirmationField = deleteForm.getByLabel("Type “delete my account” to confirm");
    const deleteButton = deleteForm.getByRole("button", { name: "Delete my account" });

    await passwordField.fill(PASSWORD);
    await confirmationField.fill("delete my acount");
    await deleteButton.click();
    await page.getByRole("alert").filter({ hasText: "Type “delete my account” to confirm." }).waitFor();
    expect(await confirmationField.getAttribute("aria-invalid")).toBe("true");
    expect(await accessibilityViolations(page)).toEqual([]);

    await passwordField.fill("not the password");
    await confirmationField.fill("delete my account");
    await deleteButton.click();
    await page.getByRole("alert").filter({ hasText: "That password is not right." }).waitFor();

    // The refusals above are logged by the tRPC client (as every refused call is); from here on, none.
    const problemsBefore = session.problems.length;
    await passwordField.fill(PASSWORD);
    await deleteButton.click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect((await session.context.cookies()).filter((cookie) => cookie.name.includes("session_token"))).toEqual([]);
    expect(session.problems.slice(problemsBefore)).toEqual([]);

    // The account is gone.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("Wrong email or password.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
