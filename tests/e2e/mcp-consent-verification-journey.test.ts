// With EMAIL_VERIFICATION_REQUIRED, an account created within an MCP client's authorization has no
// session until its email is verified: the emailed link then signs it in and leads back into the
// authorization (consent), not to the app.
import { describe, expect, it } from "vitest";
import { appDatabase, linkIn } from "~tests/http/app-database";
import { exchangeCode, registerPublicClient, startAuthorization } from "~tests/http/oauth-public-client";
import { loopbackPage } from "~tests/setup/loopback-page";
import { PASSWORD, setupBrowserSession } from "./fixture";

const session = setupBrowserSession({ env: { EMAIL_VERIFICATION_REQUIRED: "true" } });
const sql = appDatabase(session.app);

const loopback = loopbackPage();

describe("an MCP client's authorization, for a new account that must verify its email", () => {
  it("the verification link signs the account in and goes on to consent, then back to the client", async () => {
    const { page, app } = session;
    const redirectUri = `${loopback.origin}/callback`;
    const clientId = await registerPublicClient(app.url, redirectUri);
    const authorization = startAuthorization(app.url, { clientId, redirectUri, scope: "tasks:read tasks:write" });
    await page.goto(authorization.url.toString());
    await page.waitForURL((url) => url.pathname === "/sign-in");

    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-up");
    const email = `verify-${Date.now()}@example.test`;
    await page.getByLabel("Name").fill("Vera Verify");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText(`We sent a link to ${email}`).waitFor();

    const mail = (await sql.outbox(email)).find((message) => message.subject === "Verify your email for Tasklane");
    await page.goto(linkIn(mail?.text).toString());

    await page.waitForURL((url) => url.pathname === "/oauth/consent");
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL((url) => `${url.origin}${url.pathname}` === redirectUri);
    const tokens = await exchangeCode(app.url, authorization, new URL(page.url()));
    expect(tokens.scope.split(" ").sort()).toEqual(["tasks:read", "tasks:write"]);
    const [verified] = await sql.query<{ email_verified: boolean }>(
      'select email_verified from "user" where email = $1',
      [email],
    );
    expect(verified).toEqual({ email_verified: true });
  });
});
