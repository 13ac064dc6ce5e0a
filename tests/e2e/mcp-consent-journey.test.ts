import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appDatabase, linkIn } from "~tests/http/app-database";
import { HttpSession } from "~tests/http/client";
import {
  type Authorization,
  exchangeCode,
  mcpClientWithToken,
  registerPublicClient,
  startAuthorization,
} from "~tests/http/oauth-public-client";
import { nextCode, turnOnTwoFactorWithBackupCodes } from "~tests/http/two-factor-user";
import { type FakeOidcProvider, oidcAppEnv, startFakeOidcProvider } from "~tests/setup/fake-oidc-provider";
import { loopbackPage } from "~tests/setup/loopback-page";
import { accessibilityViolations } from "./browser";
import { PASSWORD, setupBrowserSession } from "./fixture";

// An MCP client on the user's machine: it registers itself, opens the authorization in the browser and
// listens on a loopback port for the redirect (RFC 8252). Here, the user's side in Chromium.

let provider: FakeOidcProvider;
beforeAll(async () => {
  provider = await startFakeOidcProvider();
});
afterAll(() => provider?.close());

const session = setupBrowserSession({
  env: () => oidcAppEnv(provider),
});
const sql = appDatabase(session.app);

/** The client's loopback listener, where the authorization ends. */
const loopback = loopbackPage();
let redirectUri: string;
beforeAll(() => {
  redirectUri = `${loopback.origin}/callback`;
});

let page: Page;
beforeEach(() => {
  ({ page } = session);
});

const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;

async function signedUpUser(tag: string) {
  await sql.query("delete from rate_limit");
  const browser = new HttpSession(session.app.url);
  const email = uniqueEmail(tag);
  expect((await browser.signUp({ name: tag, email, password: PASSWORD })).status).toBe(200);
  return { browser, email };
}

/** A freshly registered client's authorization URL, opened in the browser: the sign-in page. */
async function openAuthorization(scope = "tasks:read tasks:write offline_access"): Promise<Authorization> {
  const clientId = await registerPublicClient(session.app.url, redirectUri);
  const authorization = startAuthorization(session.app.url, { clientId, redirectUri, scope });
  await page.goto(authorization.url.toString());
  await page.waitForURL((url) => url.pathname === "/sign-in");
  return authorization;
}

/** A user with two-factor on, and a client's authorization open at sign-in. */
async function twoFactorUserAtSignIn(tag: string) {
  const { browser, email } = await signedUpUser(tag);
  const { secret } = await turnOnTwoFactorWithBackupCodes(browser, PASSWORD);
  return { email, secret, authorization: await openAuthorization() };
}

const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

/** Email, Tab, password, Enter: no mouse. */
async function signInByKeyboard(email: string) {
  await page.getByLabel("Email").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
}

/** The consent page, checked: its heading, axe, and the choice to allow changes (ticked). */
async function consentPage() {
  await page.waitForURL((url) => url.pathname === "/oauth/consent");
  await page.getByRole("heading", { name: "Allow Test Agent?", level: 1 }).waitFor();
  const allowChanges = page.getByRole("checkbox", { name: "Allow changes to tasks" });
  expect(await allowChanges.isChecked()).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  return allowChanges;
}

/** Waits for the browser to reach the client's redirect URI; returns that URL. */
async function backAtClient(): Promise<URL> {
  await page.waitForURL((url) => `${url.origin}${url.pathname}` === redirectUri);
  return new URL(page.url());
}

async function callTool(token: string, name: string, args: Record<string, unknown> = {}) {
  const client = await mcpClientWithToken(session.app.url, token);
  try {
    return (await client.callTool({ name, arguments: args })) as CallToolResult;
  } finally {
    await client.close();
  }
}

/** On the consent page: Allow; back at the client, its token reads the user's tasks. */
async function allowAndReadTasks(authorization: Authorization) {
  await consentPage();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await exchangeCode(session.app.url, authorization, await backAtClient());
  expect((await callTool(tokens.access_token, "list_tasks")).isError).toBeFalsy();
}

describe("an MCP client's authorization, in the browser", () => {
  it("signs in and allows by keyboard; the client gets a code and its token adds a task", async () => {
    const { email } = await signedUpUser("mcp-allow");
    const authorization = await openAuthorization();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signInByKeyboard(email);

    const allowChanges = await consentPage();
    await allowChanges.focus();
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Allow");
    await page.keyboard.press("Enter");

    const callback = await backAtClient();
    expect(callback.searchParams.get("error")).toBeNull();
    const tokens = await exchangeCode(session.app.url, authorization, callback);
    expect(tokens.scope.split(" ").sort()).toEqual(["offline_access", "tasks:read", "tasks:write"]);
    expect((await callTool(tokens.access_token, "add_task", { title: "Filed by the agent" })).isError).toBeFalsy();
    const listed = await callTool(tokens.access_token, "list_tasks");
    expect(JSON.stringify(listed.structuredContent)).toContain("Filed by the agent");
  });

  it("a two-factor account: after the code the authorization goes on; read-only is granted when unticked", async () => {
    const { email, secret, authorization } = await twoFactorUserAtSignIn("mcp-2fa");
    await signInByKeyboard(email);

    await page.waitForURL((url) => url.pathname === "/two-factor");
    // The code's page carries the signed request on: without it, the code would sign in to the app.
    expect(new URL(page.url()).searchParams.get("sig")).toBeTruthy();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("code");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.type(nextCode(secret));
    await page.keyboard.press("Enter");

    const allowChanges = await consentPage();
    await allowChanges.focus();
    await page.keyboard.press("Space");
    expect(await allowChanges.isChecked()).toBe(false);
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Allow");
    await page.keyboard.press("Enter");

    const tokens = await exchangeCode(session.app.url, authorization, await backAtClient());
    expect(tokens.scope.split(" ").sort()).toEqual(["offline_access", "tasks:read"]);
    expect((await callTool(tokens.access_token, "list_tasks")).isError).toBeFalsy();
    const refused = await callTool(tokens.access_token, "add_task", { title: "Not allowed" })
      .then((result) => result.isError === true)
      .catch(() => true);
    expect(refused).toBe(true);
  });

  it("Deny sends the client back with access_denied and its state, no code", async () => {
    const { email } = await signedUpUser("mcp-deny");
    const authorization = await openAuthorization();
    await signInByKeyboard(email);
    const allowChanges = await consentPage();
    await allowChanges.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Deny");
    await page.keyboard.press("Enter");

    const callback = await backAtClient();
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe(authorization.state);
    expect(callback.searchParams.get("code")).toBeNull();
  });

  /** From the authorization's sign-in page, asks for an email link and opens it in the same browser. */
  async function openEmailLink(email: string) {
    await page.getByRole("link", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Sign in with an email link", level: 1 }).waitFor();
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await page.getByText(`We sent a sign-in link to ${email}`).waitFor();
    const link = linkIn((await sql.outbox(email)).find((mail) => mail.subject === "Your Tasklane sign-in link")?.text);
    await page.goto(link.toString());
  }

  it("an emailed sign-in link opened in the browser goes on to consent, then back to the client", async () => {
    const { email } = await signedUpUser("mcp-link");
    const authorization = await openAuthorization();
    await openEmailLink(email);
    await allowAndReadTasks(authorization);
  });

  it("an email link for a two-factor account: the code, then consent, then back to the client", async () => {
    const { email, secret, authorization } = await twoFactorUserAtSignIn("mcp-link-2fa");
    await openEmailLink(email);
    await page.waitForURL((url) => url.pathname === "/two-factor");
    await page.getByLabel("6-digit code").fill(nextCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
    await allowAndReadTasks(authorization);
  });

  it("a new account created from the sign-in page goes on to consent, then back to the client", async () => {
    await sql.query("delete from rate_limit");
    const authorization = await openAuthorization();
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-up");
    // Back to sign-in from here would keep the authorization too.
    const signInHref = new URL(
      (await page.getByRole("link", { name: "Sign in" }).getAttribute("href")) ?? "",
      page.url(),
    );
    expect(signInHref.pathname).toBe("/sign-in");
    expect(signInHref.searchParams.get("client_id")).toBe(authorization.clientId);
    expect(signInHref.searchParams.has("sig")).toBe(true);
    await page.getByLabel("Name").fill("Nora New");
    await page.getByLabel("Email").fill(uniqueEmail("mcp-new"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await allowAndReadTasks(authorization);
  });

  it("continuing with a provider (OpenID Connect) goes on to consent, then back to the client", async () => {
    const email = uniqueEmail("mcp-sso");
    provider.signInAs({ sub: `sub-${email}`, email, email_verified: true, name: "Katherine Johnson" });
    const authorization = await openAuthorization();
    await page.getByRole("button", { name: "Continue with Acme SSO" }).click();
    await allowAndReadTasks(authorization);
  });
});
