import { discoverAuthorizationServerMetadata, UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { symmetricDecrypt } from "better-auth/crypto";
import { decodeJwt, importJWK, type JWK, SignJWT } from "jose";
import superjson from "superjson";
import { afterAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { TEST_AUTH_SECRET } from "~tests/setup/start-app";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";
import { MemoryOAuthProvider, REDIRECT_URL } from "./oauth-client-provider";

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

/** Follows the authorization URL in the signed-in browser to the consent page and answers it. */
async function consent(browser: HttpSession, authorizationUrl: URL, answer: { accept: boolean; scope?: string }) {
  const consentPage = await redirectTarget(await browser.request(pathOf(authorizationUrl.toString())));
  expect(consentPage.pathname).toBe("/oauth/consent");
  const page = await browser.request(pathOf(consentPage.toString()));
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/<h1[^>]*>Allow (<!-- -->)?Test Agent(<!-- -->)?\?<\/h1>/);
  expect(html).toContain("See your tasks, projects and labels");
  const response = await browser.post("/api/auth/oauth2/consent", {
    ...answer,
    oauth_query: consentPage.search.slice(1),
  });
  return redirectTarget(response);
}

/** The SDK's client, through its own OAuth flow: discovery, registration, PKCE, consent (by the user), token. */
async function authorizeWithSdk(browser: HttpSession, answer: { accept: boolean; scope?: string } = { accept: true }) {
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

  it("a tasks:read token sees only the read tools and cannot add a task", async () => {
    const { browser } = await signedUpUser("oauth-read");
    const { provider } = await authorizeWithSdk(browser, { accept: true, scope: "tasks:read" });
    expect(decodeJwt(accessToken(provider)).scope).toBe("tasks:read");
    const client = await connectWith(provider);
    const names = (await client.listTools()).tools.map((tool) => tool.name).sort();
    expect(names).toEqual(["list_labels", "list_projects", "list_tasks", "search_tasks"]);
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
