import { get } from "node:http";
import { discoverAuthorizationServerMetadata, UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { symmetricDecrypt } from "better-auth/crypto";
import { decodeJwt, importJWK, type JWK, SignJWT } from "jose";
import superjson from "superjson";
import { afterAll, describe, expect, it } from "vitest";
import { readOnlyScopes, splitScopes } from "@/lib/oauth-scopes";
import { setupAppServer } from "~tests/setup/app-server";
import { TEST_AUTH_SECRET } from "~tests/setup/start-app";
import { appDatabase, resetPasswordByEmail } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";
import { MemoryOAuthProvider, REDIRECT_URL } from "./oauth-client-provider";
import {
  type Authorization,
  exchangeCode,
  mcpClientWithToken,
  registerPublicClient,
  startAuthorization,
  tokenRequest,
} from "./oauth-public-client";
import { nextCode, turnOnTwoFactorWithBackupCodes } from "./two-factor-user";

const app = setupAppServer();
const sql = appDatabase(app);
const mcpUrl = () => `${app.url}/api/mcp`;

const openClients: Client[] = [];
afterAll(async () => {
  await Promise.all(openClients.map((client) => client.close()));
});

async function signedUpUser(tag: string) {
  await sql.query("delete from rate_limit");
  const browser = new HttpSession(app.url);
  const credentials = { name: tag, email: uniqueEmail(tag), password: "correct horse battery" };
  const signUp = await browser.signUp(credentials);
  expect(signUp.status).toBe(200);
  const userId = ((await signUp.json()) as { user: { id: string } }).user.id;
  return { browser, userId, credentials };
}

const pathOf = (url: string) => {
  const parsed = new URL(url, app.url);
  return `${parsed.pathname}${parsed.search}`;
};

/**
 * Where the authorization endpoint sends the browser: a 302 for a page navigation, or (as Node's fetch
 * looks like a script's fetch) `{ redirect: true, url }`.
 */
async function redirectTarget(response: Response): Promise<URL> {
  if (response.status === 302) return new URL(response.headers.get("location") ?? "", app.url);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { redirect: boolean; url: string };
  expect(body.redirect).toBe(true);
  return new URL(body.url, app.url);
}

type ConsentAnswer = { accept: boolean; scope?: string };
/** An answer, or how the user answers the page: its HTML and the request in its URL. */
type Answering = ConsentAnswer | ((html: string, request: URLSearchParams) => ConsentAnswer);

/** Follows the authorization URL in the signed-in browser to the consent page and answers it. */
async function consent(browser: HttpSession, authorizationUrl: URL, answer: Answering) {
  const consentPage = await redirectTarget(await browser.request(pathOf(authorizationUrl.toString())));
  return answerConsent(browser, consentPage, answer);
}

/** Opens the consent page the server sent the browser to and answers it (as the page's form, from its HTML). */
async function answerConsent(browser: HttpSession, consentPage: URL, answer: Answering) {
  expect(consentPage.pathname).toBe("/oauth/consent");
  const page = await browser.request(pathOf(consentPage.toString()));
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/<h1[^>]*>Allow (<!-- -->)?Test Agent(<!-- -->)?\?<\/h1>/);
  expect(html).toContain("See your tasks, projects and labels");
  // The app's own name proves nothing: the page says where the answer goes, and that the name is unchecked.
  expect(html).toMatch(/you go back to <strong[^>]*>an app on this computer<\/strong>/);
  expect(html).toContain("is the name it gave itself");
  const response = await browser.post("/api/auth/oauth2/consent", {
    ...(typeof answer === "function" ? answer(html, consentPage.searchParams) : answer),
    oauth_query: consentPage.search.slice(1),
  });
  return redirectTarget(response);
}

/** The SDK's client, through its own OAuth flow: discovery, registration, PKCE, consent (by the user), token. */
async function authorizeWithSdk(browser: HttpSession, answer: Answering = { accept: true }) {
  const provider = new MemoryOAuthProvider();
  const first = new StreamableHTTPClientTransport(new URL(mcpUrl()), { authProvider: provider });
  await expect(new Client({ name: "t", version: "1" }).connect(first)).rejects.toThrow(UnauthorizedError);
  expect(provider.client?.client_id).toBeTruthy();
  const authorizationUrl = provider.authorizationUrl;
  if (!authorizationUrl) throw new Error("the SDK did not start the authorization");
  expect(authorizationUrl.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorizationUrl.searchParams.get("resource")).toBe(mcpUrl());
  const callback = await consent(browser, authorizationUrl, answer);
  expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URL);
  const code = callback.searchParams.get("code");
  if (code) await first.finishAuth(code);
  return { provider, callback };
}

async function connectWith(provider: MemoryOAuthProvider) {
  const client = new Client({ name: "tasklane-oauth-tests", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl()), { authProvider: provider }));
  openClients.push(client);
  return client;
}

function accessToken(provider: MemoryOAuthProvider): string {
  const token = provider.saved?.access_token;
  if (!token) throw new Error("no access token");
  return token;
}

const rpcStatus = async (token: string) =>
  (
    await fetch(mcpUrl(), {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
    })
  ).status;

/** A copy of a real token signed with our own key, with some claims changed. */
async function resign(token: string, changes: { aud?: string; exp?: number }) {
  const [row] = await sql.query<{ id: string; private_key: string }>(
    "select id, private_key from jwks order by created_at desc limit 1",
  );
  if (!row) throw new Error("no signing key");
  const jwk = JSON.parse(await symmetricDecrypt({ key: TEST_AUTH_SECRET, data: JSON.parse(row.private_key) })) as JWK;
  return new SignJWT({ ...decodeJwt(token), ...changes })
    .setProtectedHeader({ alg: "EdDSA", kid: row.id })
    .sign(await importJWK(jwk, "EdDSA"));
}

describe("OAuth authorization server for MCP clients", () => {
  it("publishes its metadata (RFC 8414), found by the SDK's discovery", async () => {
    const response = await fetch(`${app.url}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    const metadata = await response.json();
    const expected = {
      issuer: app.url,
      authorization_endpoint: `${app.url}/api/auth/oauth2/authorize`,
      token_endpoint: `${app.url}/api/auth/oauth2/token`,
      registration_endpoint: `${app.url}/api/auth/oauth2/register`,
      code_challenge_methods_supported: ["S256"],
    };
    expect(metadata).toMatchObject(expected);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(["tasks:read", "tasks:write"]));
    // Bearer tokens only: no DPoP offered that /api/mcp would not check.
    expect(metadata).not.toHaveProperty("dpop_signing_alg_values_supported");
    expect(await discoverAuthorizationServerMetadata(app.url)).toMatchObject(expected);
  });

  it("registers a public client dynamically (RFC 7591)", async () => {
    const response = await fetch(`${app.url}/api/auth/oauth2/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...new MemoryOAuthProvider().clientMetadata, scope: "tasks:read" }),
    });
    expect(response.status).toBe(201);
    const client = (await response.json()) as Record<string, unknown>;
    expect(client.client_id).toEqual(expect.any(String));
    expect(client.client_secret).toBeUndefined();
    expect(client.token_endpoint_auth_method).toBe("none");
    // Its loopback redirect makes it a native app (RFC 8252), as MCP clients on the user's machine register.
    expect(client.application_type).toBe("native");
  });

  it("a user who is not signed in is sent to sign-in, then on to consent", async () => {
    const { credentials } = await signedUpUser("oauth-login");
    const provider = new MemoryOAuthProvider();
    const transport = new StreamableHTTPClientTransport(new URL(mcpUrl()), { authProvider: provider });
    await expect(new Client({ name: "t", version: "1" }).connect(transport)).rejects.toThrow(UnauthorizedError);
    const browser = new HttpSession(app.url);
    const signInPage = await redirectTarget(await browser.request(pathOf(String(provider.authorizationUrl))));
    expect(signInPage.pathname).toBe("/sign-in");
    expect((await browser.request(pathOf(signInPage.toString()))).status).toBe(200);
    const signIn = await browser.post("/api/auth/sign-in/email", {
      email: credentials.email,
      password: credentials.password,
      oauth_query: signInPage.search.slice(1),
    });
    expect((await redirectTarget(signIn)).pathname).toBe("/oauth/consent");
  });

  it("PKCE, consent and token: the SDK's client then lists and calls every kind of tool", async () => {
    const { browser } = await signedUpUser("oauth-flow");
    const { provider } = await authorizeWithSdk(browser);
    const claims = decodeJwt(accessToken(provider));
    expect(claims).toMatchObject({ aud: mcpUrl(), iss: app.url, azp: provider.client?.client_id });
    const client = await connectWith(provider);
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain("add_task");
    const added = (await client.callTool({
      name: "add_task",
      arguments: { title: "From the agent" },
    })) as CallToolResult;
    expect(added.isError).toBeFalsy();
    const listed = (await client.callTool({ name: "list_tasks", arguments: {} })) as CallToolResult;
    expect(JSON.stringify(listed.structuredContent)).toContain("From the agent");
  });

  it("read-only on the consent page: a tasks:read token sees only the read tools and cannot add a task", async () => {
    const { browser } = await signedUpUser("oauth-read");
    const { provider } = await authorizeWithSdk(browser, (html, request) => {
      // Asked to read and change tasks, the page offers the choice; unticked, the form grants the rest.
      expect(html).toContain("Allow changes to tasks");
      const readOnly = readOnlyScopes(splitScopes(request.get("scope")));
      expect(readOnly).toEqual(["tasks:read"]);
      return { accept: true, scope: readOnly?.join(" ") };
    });
    expect(decodeJwt(accessToken(provider)).scope).toBe("tasks:read");
    const client = await connectWith(provider);
    const names = (await client.listTools()).tools.map((tool) => tool.name).sort();
    expect(names).toEqual(["filter_tasks", "list_labels", "list_projects", "list_tasks", "search_tasks"]);
    const refused = await client
      .callTool({ name: "add_task", arguments: { title: "Nope" } })
      .then((result) => (result as CallToolResult).isError === true)
      .catch(() => true);
    expect(refused).toBe(true);
    const [row] = await sql.query<{ n: string }>("select count(*) as n from task where title = 'Nope'");
    expect(Number(row?.n)).toBe(0);
  });

  it("deny sends the client back with access_denied and no code", async () => {
    const { browser } = await signedUpUser("oauth-deny");
    const { provider, callback } = await authorizeWithSdk(browser, { accept: false });
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("code")).toBeNull();
    expect(provider.saved).toBeUndefined();
  });

  it("refuses a token for another audience, an expired one, and a cookie; tRPC refuses the token", async () => {
    const { browser } = await signedUpUser("oauth-refused");
    const { provider } = await authorizeWithSdk(browser);
    const token = accessToken(provider);
    expect(await rpcStatus(token)).toBe(200);
    expect(await rpcStatus(await resign(token, { aud: "https://elsewhere.example/api/mcp" }))).toBe(401);
    expect(await rpcStatus(await resign(token, { exp: Math.floor(Date.now() / 1000) - 1 }))).toBe(401);
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const trpc = await fetch(`${app.url}/api/trpc/task.list?input=${input}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(trpc.status).toBe(401);
  });

  it("Settings › Connected apps lists the client; revoking it stops its token at once", async () => {
    const { browser } = await signedUpUser("oauth-revoke");
    const { provider } = await authorizeWithSdk(browser);
    const token = accessToken(provider);
    expect(await rpcStatus(token)).toBe(200);
    const list = await browser.query(`connectedApp.list?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
    expect(list.status).toBe(200);
    const listed = superjson.deserialize<{ clientId: string; name: string | null; scopes: string[] }[]>(
      ((await list.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }).result.data,
    );
    expect(listed).toEqual([expect.objectContaining({ clientId: provider.client?.client_id, name: "Test Agent" })]);
    const revoke = await browser.post(
      "/api/trpc/connectedApp.revoke",
      superjson.serialize({ clientId: provider.client?.client_id }),
    );
    expect(revoke.status).toBe(200);
    expect(await rpcStatus(token)).toBe(401);
  });
});

/** An authorization with a refresh token (offline_access), as an MCP client that stays connected asks. */
async function startOfflineAuthorization(): Promise<Authorization> {
  const clientId = await registerPublicClient(app.url, REDIRECT_URL);
  return startAuthorization(app.url, {
    clientId,
    redirectUri: REDIRECT_URL,
    scope: "tasks:read tasks:write offline_access",
  });
}

/** The token endpoint's form POST for revocation (RFC 7009), as a public client. */
const revoke = (clientId: string, token: string, hint: "access_token" | "refresh_token") =>
  fetch(`${app.url}/api/auth/oauth2/revoke`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, token_type_hint: hint, client_id: clientId }),
  });

/** A user who allowed a fresh client (all scopes and offline_access): the client's authorization and tokens. */
async function allowedOffline(tag: string) {
  const { browser } = await signedUpUser(tag);
  const authorization = await startOfflineAuthorization();
  const callback = await consent(browser, authorization.url, { accept: true });
  return { browser, authorization, tokens: await exchangeCode(app.url, authorization, callback) };
}

const refresh = (authorization: Authorization, refreshToken: string) =>
  tokenRequest(app.url, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: authorization.clientId,
  });

async function callAddTask(token: string, title: string) {
  const client = await mcpClientWithToken(app.url, token);
  openClients.push(client);
  return (await client.callTool({ name: "add_task", arguments: { title } })) as CallToolResult;
}

/**
 * A page navigation to the app, as a browser makes it (Node's fetch always says `sec-fetch-mode: cors`,
 * which the authorization endpoint answers with JSON): the status and the Location it answers with.
 */
function navigate(url: URL, cookie = ""): Promise<{ status: number; location: string | null }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: "text/html", "sec-fetch-mode": "navigate" };
    if (cookie) headers.cookie = cookie;
    get(url, { headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null });
    }).on("error", reject);
  });
}

describe("authorization errors", () => {
  const EVIL = "https://evil.example/callback";

  it("of an app nobody allowed show our page instead of sending the visitor to the app's address", async () => {
    const clientId = await registerPublicClient(app.url, EVIL);
    const badScope = startAuthorization(app.url, { clientId, redirectUri: EVIL, scope: "admin" }).url;
    const errorPage = `${app.url}/oauth/error?error=invalid_scope`;

    const navigation = await navigate(badScope);
    expect(navigation).toEqual({ status: 302, location: errorPage });
    const { browser } = await signedUpUser("oauth-untrusted");
    expect(await navigate(badScope, browser.cookieHeader())).toEqual({ status: 302, location: errorPage });
    expect((await redirectTarget(await fetch(badScope))).toString()).toBe(errorPage);

    const withoutPkce = new URL(startAuthorization(app.url, { clientId, redirectUri: EVIL, scope: "tasks:read" }).url);
    withoutPkce.searchParams.delete("code_challenge");
    expect((await redirectTarget(await fetch(withoutPkce))).toString()).toBe(
      `${app.url}/oauth/error?error=invalid_request`,
    );
    // The plugin's own bare error page (a redirect URI the app did not register) is ours too.
    const elsewhere = new URL(badScope);
    elsewhere.searchParams.set("redirect_uri", "https://elsewhere.example/callback");
    expect((await redirectTarget(await fetch(elsewhere))).toString()).toBe(
      `${app.url}/oauth/error?error=invalid_redirect`,
    );

    const page = await fetch(errorPage);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("The app&#x27;s request failed");
    expect(html).toContain("The app asked for access that Tasklane does not offer.");
    expect(html).not.toContain("evil.example");
  });

  it("never show the text of the query: only the codes we know, in our words", async () => {
    const html = await (await fetch(`${app.url}/oauth/error?error=Call+0800+SCAM&error_description=Call+0800`)).text();
    // The page's text (Next's own scripts carry the URL for the router, but never show it).
    const shown = html.replace(/<script\b[\s\S]*?<\/script>/g, "");
    expect(shown).not.toContain("0800");
    expect(html).toContain("The app&#x27;s request could not be completed.");
  });

  it("of an app the user allowed still go back to it (RFC 6749 §4.1.2.1)", async () => {
    const { browser } = await signedUpUser("oauth-trusted-error");
    const { provider } = await authorizeWithSdk(browser);
    const clientId = provider.client?.client_id ?? "";
    const badScope = startAuthorization(app.url, { clientId, redirectUri: REDIRECT_URL, scope: "admin" }).url;
    const navigation = await navigate(badScope, browser.cookieHeader());
    expect(navigation.status).toBe(302);
    const callback = new URL(navigation.location ?? "");
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URL);
    expect(callback.searchParams.get("error")).toBe("invalid_scope");
    // Signed out, the same request is anyone's: our page.
    expect((await navigate(badScope)).location).toBe(`${app.url}/oauth/error?error=invalid_scope`);
  });
});

describe("an MCP client's authorization, the user's sign-in and the tokens", () => {
  it.each([
    { method: "an authenticator code", path: "/api/auth/two-factor/verify-totp" },
    { method: "a backup code", path: "/api/auth/two-factor/verify-backup-code" },
  ])("a two-factor user signs in within it: $method resumes it, to consent and a working token", async ({ path }) => {
    const { browser: owner, credentials } = await signedUpUser("oauth-2fa");
    const { secret, backupCodes } = await turnOnTwoFactorWithBackupCodes(owner, credentials.password);
    const authorization = await startOfflineAuthorization();

    const browser = new HttpSession(app.url);
    const signInPage = await redirectTarget(await browser.request(pathOf(authorization.url.toString())));
    expect(signInPage.pathname).toBe("/sign-in");
    // The auth client sends the page's signed query with every request from the sign-in and code pages.
    const oauthQuery = signInPage.search.slice(1);
    const signIn = await browser.post("/api/auth/sign-in/email", {
      email: credentials.email,
      password: credentials.password,
      oauth_query: oauthQuery,
    });
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).toMatchObject({ twoFactorRedirect: true });
    const code = path.endsWith("verify-totp") ? nextCode(secret) : backupCodes[0];
    const verified = await browser.post(path, { code, oauth_query: oauthQuery });
    const consentPage = await redirectTarget(verified);
    expect(consentPage.pathname).toBe("/oauth/consent");

    const callback = await answerConsent(browser, consentPage, { accept: true });
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URL);
    const tokens = await exchangeCode(app.url, authorization, callback);
    expect(decodeJwt(tokens.access_token)).toMatchObject({ aud: mcpUrl(), azp: authorization.clientId });
    expect(await rpcStatus(tokens.access_token)).toBe(200);
    expect((await callAddTask(tokens.access_token, "After two factors")).isError).toBeFalsy();
  });

  it("narrowed to read-only on a later consent: tokens issued before, and the ones its refresh token mints, only read", async () => {
    const { browser, authorization, tokens } = await allowedOffline("oauth-narrow");
    const toolNames = async (token: string) => {
      const client = await mcpClientWithToken(app.url, token);
      openClients.push(client);
      return (await client.listTools()).tools.map((tool) => tool.name).sort();
    };
    expect(await toolNames(tokens.access_token)).toContain("add_task");

    // The same app asks again; this time the user unticks "Allow changes to tasks".
    const again = startAuthorization(app.url, {
      clientId: authorization.clientId,
      redirectUri: REDIRECT_URL,
      scope: "tasks:read tasks:write offline_access",
    });
    again.url.searchParams.set("prompt", "consent");
    await consent(browser, again.url, { accept: true, scope: "tasks:read offline_access" });

    const readTools = ["filter_tasks", "list_labels", "list_projects", "list_tasks", "search_tasks"];
    expect(await toolNames(tokens.access_token)).toEqual(readTools);
    if (!tokens.refresh_token) throw new Error("no refresh token");
    const refreshed = (await (await refresh(authorization, tokens.refresh_token)).json()) as { access_token: string };
    expect(await toolNames(refreshed.access_token)).toEqual(readTools);
    // A write tool called anyway: 403 insufficient_scope, naming what to ask for (MCP step-up).
    const write = await fetch(mcpUrl(), {
      method: "POST",
      headers: {
        authorization: `Bearer ${refreshed.access_token}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: { name: "add_task", arguments: { title: "Sneaky write" } },
      }),
    });
    expect(write.status).toBe(403);
    expect(write.headers.get("www-authenticate")).toMatch(
      /^Bearer error="insufficient_scope", scope="tasks:read tasks:write"/,
    );
    const [written] = await sql.query<{ n: string }>("select count(*) as n from task where title = 'Sneaky write'");
    expect(Number(written?.n)).toBe(0);
  });

  it("prompt=login from a client: a signed-in user is shown the sign-in page, and signing in goes on to consent", async () => {
    const { browser, credentials } = await signedUpUser("oauth-prompt");
    const authorization = await startOfflineAuthorization();
    authorization.url.searchParams.set("prompt", "login");
    const signInPage = await redirectTarget(await browser.request(pathOf(authorization.url.toString())));
    expect(signInPage.pathname).toBe("/sign-in");

    // The page itself, with the session cookie: not sent away to the app.
    const page = await browser.request(pathOf(signInPage.toString()));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Sign in to Tasklane");

    const signIn = await browser.post("/api/auth/sign-in/email", {
      email: credentials.email,
      password: credentials.password,
      oauth_query: signInPage.search.slice(1),
    });
    expect((await redirectTarget(signIn)).pathname).toBe("/oauth/consent");
  });

  it("revoked, then connected again: a token issued under the old consent stays refused", {
    timeout: 30_000,
  }, async () => {
    const { browser, authorization, tokens } = await allowedOffline("oauth-reconnect");
    const issuedBefore = tokens.access_token;
    expect(await rpcStatus(issuedBefore)).toBe(200);
    // Past the allowance for clock skew between the app and the database (5 s).
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const revoked = await browser.post(
      "/api/trpc/connectedApp.revoke",
      superjson.serialize({ clientId: authorization.clientId }),
    );
    expect(revoked.status).toBe(200);

    const again = startAuthorization(app.url, {
      clientId: authorization.clientId,
      redirectUri: REDIRECT_URL,
      scope: "tasks:read tasks:write",
    });
    const fresh = await exchangeCode(app.url, again, await consent(browser, again.url, { accept: true }));
    expect(await rpcStatus(fresh.access_token)).toBe(200);
    expect(await rpcStatus(issuedBefore)).toBe(401);
  });

  it("offline_access: the refresh token gives a new access token that works, and the old refresh token is spent", async () => {
    const { authorization, tokens } = await allowedOffline("oauth-refresh");
    expect(tokens.scope.split(" ").sort()).toEqual(["offline_access", "tasks:read", "tasks:write"]);
    const refreshToken = tokens.refresh_token;
    if (!refreshToken) throw new Error("no refresh token with offline_access");

    const refreshed = await refresh(authorization, refreshToken);
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as { access_token: string; refresh_token?: string };
    expect(renewed.access_token).not.toBe(tokens.access_token);
    expect(decodeJwt(renewed.access_token)).toMatchObject({ aud: mcpUrl(), azp: authorization.clientId });
    expect(await rpcStatus(renewed.access_token)).toBe(200);
    expect((await callAddTask(renewed.access_token, "With a refreshed token")).isError).toBeFalsy();
    // Rotated: the one just used does not work twice.
    expect(renewed.refresh_token).toBeTruthy();
    const reused = await refresh(authorization, refreshToken);
    expect(reused.status).toBe(400);
  });

  it("the revocation endpoint (RFC 7009) revokes the refresh token; the access token is then refused at /api/mcp", async () => {
    const { authorization, tokens } = await allowedOffline("oauth-revocation");
    const refreshToken = tokens.refresh_token;
    if (!refreshToken) throw new Error("no refresh token with offline_access");
    expect(await rpcStatus(tokens.access_token)).toBe(200);

    expect((await revoke(authorization.clientId, refreshToken, "refresh_token")).status).toBe(200);
    const refused = await refresh(authorization, refreshToken);
    expect(refused.status).toBe(400);
    expect(await rpcStatus(tokens.access_token)).toBe(401);
  });

  it("revoking the access token itself ends the grant: refused at /api/mcp", async () => {
    const { authorization, tokens } = await allowedOffline("oauth-revoke-access");
    expect(await rpcStatus(tokens.access_token)).toBe(200);
    // Another client cannot revoke it.
    const stranger = await registerPublicClient(app.url, REDIRECT_URL);
    await revoke(stranger, tokens.access_token, "access_token");
    expect(await rpcStatus(tokens.access_token)).toBe(200);

    expect((await revoke(authorization.clientId, tokens.access_token, "access_token")).status).toBe(200);
    expect(await rpcStatus(tokens.access_token)).toBe(401);
  });

  it("introspection (RFC 7662) is for confidential clients: a public MCP client is refused", async () => {
    const { authorization, tokens } = await allowedOffline("oauth-introspect");
    const response = await fetch(`${app.url}/api/auth/oauth2/introspect`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: tokens.access_token, client_id: authorization.clientId }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  });
});

describe("allowing an app needs a recent sign-in; a password reset ends its access", () => {
  it("a session signed in over 15 minutes ago is asked to sign in again, refused on Allow, may Deny; signing in again goes on to consent", async () => {
    const { browser, credentials } = await signedUpUser("oauth-stale");
    const authorization = await startOfflineAuthorization();
    await sql.query(
      `update session set created_at = now() - interval '16 minutes'
       where user_id = (select id from "user" where email = $1)`,
      [credentials.email],
    );
    const consentPage = await redirectTarget(await browser.request(pathOf(authorization.url.toString())));
    expect(consentPage.pathname).toBe("/oauth/consent");
    const html = await (await browser.request(pathOf(consentPage.toString()))).text();
    expect(html).toContain("For your security, sign in again to allow");

    const oauth_query = consentPage.search.slice(1);
    const refused = await browser.post("/api/auth/oauth2/consent", { accept: true, oauth_query });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "SESSION_NOT_FRESH" });
    expect(await sql.query("select id from oauth_consent where client_id = $1", [authorization.clientId])).toEqual([]);
    const denied = await redirectTarget(await browser.post("/api/auth/oauth2/consent", { accept: false, oauth_query }));
    expect(denied.searchParams.get("error")).toBe("access_denied");

    // What "Sign in again" does: the sign-in page with the request, which resumes it once signed in.
    const again = startAuthorization(app.url, {
      clientId: authorization.clientId,
      redirectUri: REDIRECT_URL,
      scope: "tasks:read",
    });
    const staleConsent = await redirectTarget(await browser.request(pathOf(again.url.toString())));
    const signedInAgain = new HttpSession(app.url);
    const signIn = await signedInAgain.post("/api/auth/sign-in/email", {
      email: credentials.email,
      password: credentials.password,
      oauth_query: staleConsent.search.slice(1),
    });
    const freshConsent = await redirectTarget(signIn);
    expect(freshConsent.pathname).toBe("/oauth/consent");
    const allowed = await signedInAgain.post("/api/auth/oauth2/consent", {
      accept: true,
      oauth_query: freshConsent.search.slice(1),
    });
    expect((await redirectTarget(allowed)).searchParams.get("code")).toBeTruthy();
  });

  it("a password reset ends an allowed app's access: its access token is refused at /api/mcp, its refresh token at /token", async () => {
    const { authorization, tokens } = await allowedOffline("oauth-reset");
    const refreshToken = tokens.refresh_token;
    if (!refreshToken) throw new Error("no refresh token with offline_access");
    expect(await rpcStatus(tokens.access_token)).toBe(200);
    const [me] = await sql.query<{ email: string }>(
      `select u.email from "user" u join oauth_consent c on c.user_id = u.id where c.client_id = $1`,
      [authorization.clientId],
    );

    expect((await resetPasswordByEmail(app, sql, me?.email ?? "", "the owner's new passphrase")).status).toBe(200);

    expect(await rpcStatus(tokens.access_token)).toBe(401);
    expect((await refresh(authorization, refreshToken)).status).toBe(400);
  });
});
