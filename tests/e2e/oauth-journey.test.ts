import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpSession } from "~tests/http/client";
import { type FakeOidcProvider, oidcAppEnv, startFakeOidcProvider } from "~tests/setup/fake-oidc-provider";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

// Started before the app (hooks run in the order they are registered): the app reads its discovery document.
let provider: FakeOidcProvider;
beforeAll(async () => {
  provider = await startFakeOidcProvider();
});
afterAll(() => provider?.close());

const session = setupBrowserSession({
  env: () => oidcAppEnv(provider),
});

const uniqueEmail = (tag: string) => `${tag}-${Date.now()}@example.test`;

describe("signing in through an OpenID Connect provider", () => {
  it("continues with the provider from the sign-in page and lands in the app", async () => {
    const { page } = session;
    const email = uniqueEmail("sso");
    provider.signInAs({ sub: `sub-${email}`, email, email_verified: true, name: "Mary Jackson" });

    await page.goto("/sign-in");
    await waitUntilInteractive(page);
    const button = page.getByRole("button", { name: "Continue with Acme SSO" });
    await button.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await button.click();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByTestId("user-name").getByText("Mary Jackson").waitFor();
  });

  it("comes back to sign-in with a clear message when the account cannot be linked", async () => {
    const { page } = session;
    const email = uniqueEmail("sso-unverified");
    // A password account whose email was never verified: the provider may not take it over.
    expect((await new HttpSession(session.app.url).signUp({ name: "Dorothy", email, password: PASSWORD })).status).toBe(
      200,
    );
    provider.signInAs({ sub: `sub-${email}`, email, email_verified: true, name: "Dorothy Vaughan" });

    await page.goto("/sign-up");
    await waitUntilInteractive(page);
    await page.getByRole("button", { name: "Continue with Acme SSO" }).click();
    await page.waitForURL("**/sign-in?error=account_not_linked");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "already exists" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
