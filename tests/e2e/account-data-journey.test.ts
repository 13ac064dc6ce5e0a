import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { appDatabase } from "~tests/http/app-database";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
const sql = appDatabase(session.app);
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

async function openSettings() {
  await page.goto("/settings");
  await waitUntilInteractive(page);
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

  it("deletes an account without a password after a recent sign-in, and offers to sign in again when it is older", async () => {
    session.allowTrpcErrors("account.delete", "a sign-in older than 15 minutes is refused");
    const email = await session.signUp("Noor Nopass");
    // As an account made by an email link or a provider: no password login.
    await sql.query(
      `delete from account where provider_id = 'credential' and user_id = (select id from "user" where email = $1)`,
      [email],
    );
    await sql.query(
      `update session set created_at = now() - interval '16 minutes' where user_id = (select id from "user" where email = $1)`,
      [email],
    );
    await openSettings();
    const deleteForm = page.getByRole("form", { name: "Delete my account" });
    await deleteForm.getByText("Your account has no password").waitFor();
    expect(await deleteForm.getByLabel("Your password").count()).toBe(0);

    await deleteForm.getByLabel("Type “delete my account” to confirm").fill("delete my account");
    await deleteForm.getByRole("button", { name: "Delete my account" }).click();
    const stale = page.getByRole("alert").filter({ hasText: "sign in again before deleting your account" });
    await stale.waitFor();
    await stale.getByRole("button", { name: "Sign in again" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Signed in again just now (as the email link would): the same form deletes the account.
    await sql.query(`update session set created_at = now() where user_id = (select id from "user" where email = $1)`, [
      email,
    ]);
    await deleteForm.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(await sql.query(`select id from "user" where email = $1`, [email])).toEqual([]);
  });
});
