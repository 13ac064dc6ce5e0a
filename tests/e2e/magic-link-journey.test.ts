import { describe, expect, it } from "vitest";
import { appDatabase, linkIn } from "~tests/http/app-database";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
const sql = appDatabase(session.app);

describe("signing in with an emailed link", () => {
  it("asks for a link from the sign-in page, opens it, and is signed in; the same link then fails", async () => {
    const { page, context } = session;
    const email = await session.signUp("Lina Link");
    await context.clearCookies();

    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    await page.getByRole("link", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Sign in with an email link", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await page.getByText(`We sent a sign-in link to ${email}`).waitFor();

    const link = linkIn((await sql.outbox(email)).find((mail) => mail.subject === "Your Tasklane sign-in link")?.text);
    await page.goto(link.toString());
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await page.getByTestId("user-name").getByText("Lina Link").waitFor();

    await context.clearCookies();
    await page.goto(link.toString());
    await page.getByRole("alert").filter({ hasText: "expired or was already used" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/magic-link");
  });
});
