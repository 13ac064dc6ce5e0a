import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appDatabase, linkIn } from "~tests/http/app-database";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession();
const sql = appDatabase(session.app);

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** The last mail to `to` with this subject: its first link. */
async function mailedLink(to: string, subject: string): Promise<URL> {
  await expect.poll(async () => (await sql.outbox(to)).some((mail) => mail.subject === subject)).toBe(true);
  const mail = (await sql.outbox(to)).filter((message) => message.subject === subject).at(-1);
  return linkIn(mail?.text);
}

/** Both themes of the page as it is now meet WCAG AA. */
async function expectAccessible(page: Page, what: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await accessibilityViolations(page), `${what} in ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

describe("sharing a project", () => {
  it("A invites B by email; B opens the mailed link, accepts, and finds the project in the sidebar", async () => {
    const { page: alice, context } = session;
    await alice.setViewportSize({ width: 1280, height: 900 });
    await session.signUp("Alice Owner");

    // B in a browser of their own, with a verified address (the link from the sign-up mail).
    const bobContext = await context
      .browser()
      ?.newContext({ baseURL: session.app.url, viewport: { width: 1280, height: 900 } });
    if (!bobContext) throw new Error("no second browser context");
    const bob = await bobContext.newPage();
    const bobEmail = `bob-${Date.now()}@example.test`;
    await bob.goto("/sign-up");
    await waitUntilInteractive(bob);
    await bob.getByLabel("Name").fill("Bob Editor");
    await bob.getByLabel("Email").fill(bobEmail);
    await bob.getByLabel("Password").fill(PASSWORD);
    await bob.getByRole("button", { name: "Create account" }).click();
    await bob.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await bob.goto((await mailedLink(bobEmail, "Verify your email for Tasklane")).toString());
    await waitUntilInteractive(bob);
    await bob.getByRole("heading", { name: "Your email is verified", level: 1 }).waitFor();
    await bob.goto("/");
    await waitUntilInteractive(bob);
    await bob.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();

    await nav(alice).getByRole("button", { name: "Add project" }).click();
    await alice.getByRole("dialog").getByLabel("Name").fill("Garden");
    await alice.getByRole("dialog").getByRole("button", { name: "Add project" }).click();
    // A new project opens as soon as it is saved.
    await alice.getByRole("heading", { name: "Garden", level: 1 }).waitFor();

    await alice.getByRole("button", { name: "Share" }).click();
    const dialog = alice.getByRole("dialog", { name: "Share “Garden”" });
    await dialog.getByRole("heading", { name: "Members" }).waitFor();
    await dialog.getByText("Alice Owner").waitFor();
    await expectAccessible(alice, "the share dialog");
    await dialog.getByLabel("Email address").fill(bobEmail);
    await dialog.getByLabel("Role", { exact: true }).selectOption("editor");
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.getByRole("button", { name: `Revoke the invitation of ${bobEmail}` }).waitFor();
    await session.settled();

    // Bob has an account with that address: his open page shows the invitation (live), in the bell and the sidebar.
    const bell = bob.getByRole("button", { name: /^Notifications/ });
    await bob.getByRole("button", { name: "Accept the invitation to Garden" }).waitFor({ timeout: 5_000 });
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");

    const invitation = await mailedLink(bobEmail, "You are invited to a shared project on Tasklane");
    expect(invitation.pathname).toMatch(/^\/invite\/[\w-]{43}$/);
    await bob.goto(invitation.toString());
    await waitUntilInteractive(bob);
    await bob.getByRole("heading", { name: "Join “Garden”?", level: 1 }).waitFor();
    await bob.getByText("Alice Owner invited you as an editor").waitFor();
    await expectAccessible(bob, "the invitation page");
    await bob.getByRole("button", { name: "Accept" }).click();
    await bob.getByRole("heading", { name: "Garden", level: 1 }).waitFor();
    await nav(bob)
      .getByRole("link", { name: /Garden/ })
      .waitFor();

    // A member who is not an owner sees who is in, and may leave, but not invite or change roles.
    await bob.getByRole("button", { name: "Share" }).click();
    const bobsDialog = bob.getByRole("dialog", { name: "Share “Garden”" });
    await bobsDialog.getByText("Alice Owner").waitFor();
    await bobsDialog.getByRole("button", { name: "Leave project" }).waitFor();
    expect(await bobsDialog.getByRole("heading", { name: "Invite someone" }).count()).toBe(0);
    expect(await bobsDialog.getByRole("combobox").count()).toBe(0);
    await bob.keyboard.press("Escape");

    // Both work in the project: Bob's task shows on Alice's open page within 2 s, without a reload; she
    // assigns it to him, and he finds it under "Assigned to me".
    await alice.keyboard.press("Escape");
    await alice.getByRole("heading", { name: "Garden", level: 1 }).waitFor();
    await bob.getByLabel("New task").fill("Dig the beds");
    await bob.keyboard.press("Enter");
    await bob.getByRole("button", { name: "Details of “Dig the beds”" }).waitFor();
    await alice.getByRole("button", { name: "Details of “Dig the beds”" }).waitFor({ timeout: 2_000 });
    await session.settled();
    await alice.getByRole("button", { name: "Details of “Dig the beds”" }).click();
    const details = alice.getByRole("dialog", { name: "Task details" });
    await expect.poll(() => details.getByLabel("Assignee").locator("option").allTextContents()).toContain("Bob Editor");
    await details.getByLabel("Assignee").selectOption({ label: "Bob Editor" });
    await details.getByRole("button", { name: "Save" }).click();
    await alice
      .getByRole("list", { name: "Tasks" })
      .getByText(/Bob Editor/)
      .waitFor();
    await alice.getByRole("button", { name: "Details of “Dig the beds”" }).click();
    await details.getByLabel("New comment").waitFor();
    await alice.getByLabel("New comment").fill("@Bob Editor start with the **roses**");
    await alice.getByRole("button", { name: "Comment", exact: true }).click();
    await details.getByText("roses").waitFor();
    await expectAccessible(alice, "the task's comments");
    await alice.keyboard.press("Escape");

    // Bob's open page hears of both (live): the bell counts them, the inbox says who did what, and the
    // mention leads to the task. Assignments and mentions come by email too, unless he turns them off.
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 5_000 }).toBe("Notifications, 2 unread");
    await bell.click();
    const inbox = bob.getByRole("region", { name: "Notifications" });
    await inbox.getByText(/Alice Owner assigned you “Dig the beds”/).waitFor();
    await inbox.getByText(/Alice Owner mentioned you on “Dig the beds”/).waitFor();
    await expectAccessible(bob, "the notifications");
    await inbox.getByRole("link", { name: /mentioned you/ }).click();
    await bob.getByRole("dialog", { name: "Task details" }).getByText("roses").waitFor();
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
    await bob.keyboard.press("Escape");
    await mailedLink(bobEmail, "Alice Owner mentioned you on “Dig the beds”");

    await bob.goto("/assigned");
    await waitUntilInteractive(bob);
    await bob.getByRole("heading", { name: "Assigned to me", level: 1 }).waitFor();
    await bob.getByRole("button", { name: "Details of “Dig the beds”" }).click();
    await bob.getByRole("list", { name: "Comments, oldest first" }).getByText("Alice Owner").waitFor();
    await bob.getByRole("dialog", { name: "Task details" }).getByText("roses").waitFor();
    await bob.keyboard.press("Escape");

    // The link was single use; Alice's dialog shows Bob as an editor.
    await bob.goto(invitation.toString());
    await waitUntilInteractive(bob);
    await bob.getByRole("heading", { name: "This invitation cannot be used", level: 1 }).waitFor();
    await alice.reload();
    await waitUntilInteractive(alice);
    await alice.getByRole("button", { name: "Share" }).click();
    await expect.poll(() => dialog.getByLabel("Role of Bob Editor").inputValue()).toBe("editor");

    // Alice makes Bob a viewer: his edit is refused with a clear message and the title stays.
    await dialog.getByLabel("Role of Bob Editor").selectOption("viewer");
    await session.settled();
    await bob.goto(alice.url());
    await waitUntilInteractive(bob);
    await bob.getByRole("button", { name: "Dig the beds. Edit title" }).click();
    await bob.getByLabel("Task title").fill("Dig deeper");
    await bob.getByLabel("Task title").press("Enter");
    await bob.getByText("You can view this project but not change it", { exact: false }).waitFor();
    await bob.getByRole("button", { name: "Dig the beds. Edit title" }).waitFor();

    // Alice removes Bob: his open page drops the project without a reload (live updates).
    await dialog.getByRole("button", { name: "Remove Bob Editor" }).click();
    await expect
      .poll(
        () =>
          nav(bob)
            .getByRole("link", { name: /Garden/ })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(0);
    await bobContext.close();
  });
});
