import { discoverOAuthProtectedResourceMetadata } from "@modelcontextprotocol/sdk/client/auth.js";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { symmetricDecrypt } from "better-auth/crypto";
import { importJWK, type JWK, SignJWT } from "jose";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { SPECIFIED_TOOLS } from "~tests/setup/specified-tools";
import { TEST_AUTH_SECRET } from "~tests/setup/start-app";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const RATE_LIMIT = 25;
const app = setupAppServer({ env: { MCP_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) } });
const sql = appDatabase(app);
const mcpUrl = () => `${app.url}/api/mcp`;
const metadataUrl = () => `${app.url}/.well-known/oauth-protected-resource/api/mcp`;

const openClients: Client[] = [];
afterAll(async () => {
  await Promise.all(openClients.map((client) => client.close()));
});

/** A user signed up in a browser (who then makes a personal access token or a JWT of their own). */
async function signedUpUser(tag: string) {
  await sql.query("delete from rate_limit where key not like 'mcp:%'");
  const browser = new HttpSession(app.url);
  const signUp = await browser.signUp({ name: tag, email: uniqueEmail(tag), password: "correct horse battery" });
  expect(signUp.status).toBe(200);
  const userId = ((await signUp.json()) as { user: { id: string } }).user.id;
  return { browser, userId };
}

async function createAccessToken(browser: HttpSession, name = "mcp") {
  const response = await browser.post("/api/trpc/accessToken.create", superjson.serialize({ name, expiresInDays: 7 }));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
  return superjson.deserialize<{ id: string; token: string }>(body.result.data);
}

async function createJwt(browser: HttpSession) {
  const response = await browser.request("/api/auth/token");
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** A JWT signed with our own key (read from the jwks table) that differs from a real one in one claim. */
async function signJwt(userId: string, claims: { aud: string; exp?: number }) {
  const [row] = await sql.query<{ id: string; private_key: string }>("select id, private_key from jwks");
  if (!row) throw new Error("no signing key");
  const jwk = JSON.parse(await symmetricDecrypt({ key: TEST_AUTH_SECRET, data: JSON.parse(row.private_key) })) as JWK;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "EdDSA", kid: row.id })
    .setSubject(userId)
    .setIssuedAt(now - 60)
    .setIssuer(app.url)
    .setAudience(claims.aud)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(await importJWK(jwk, "EdDSA"));
}

async function connect(token: string) {
  const client = new Client({ name: "tasklane-http-tests", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(mcpUrl()), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    }),
  );
  openClients.push(client);
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const first = result.content[0];
  return { ...result, text: first?.type === "text" ? first.text : "" };
}

/** A raw JSON-RPC request, as any client sends it. */
function rpc(headers: Record<string, string>, body: unknown = { jsonrpc: "2.0", id: 1, method: "ping" }) {
  return fetch(mcpUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers },
    body: JSON.stringify(body),
  });
}

const initialize = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

/** Every tool, in an order that leaves each its task to act on. */
async function callEveryTool(client: Client) {
  const names = (await client.listTools()).tools.map((tool) => tool.name).sort();
  expect(names).toEqual(SPECIFIED_TOOLS);
  const called = new Set<string>();
  const ok = async (name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    const result = await call(client, name, args);
    expect(result.isError, result.text).toBeFalsy();
    return result.structuredContent as Record<string, unknown>;
  };
  const first = await ok("add_task", { title: "Water the plants", priority: 2 });
  const second = await ok("add_task", { text: "Buy stamps tomorrow p1 @errands" });
  expect(second).toMatchObject({ status: "created", title: "Buy stamps" });
  expect((await ok("list_tasks")).tasks).toHaveLength(2);
  expect((await ok("search_tasks", { query: "plants" })).tasks).toEqual([
    expect.objectContaining({ id: first.task_id, priority: 2 }),
  ]);
  expect(await ok("update_task", { task_id: first.task_id, description: "Twice a week" })).toMatchObject({
    status: "updated",
  });
  expect(await ok("complete_task", { task_id: first.task_id })).toMatchObject({ status: "completed" });
  expect(await ok("delete_task", { task_id: second.task_id })).toEqual({
    task_id: second.task_id,
    status: "deleted",
    title: "Buy stamps",
  });
  expect(await ok("list_projects")).toEqual({ projects: [] });
  expect(await ok("list_labels")).toMatchObject({ labels: [{ name: "errands" }] });
  expect(await ok("filter_tasks", { query: "p2 & search: plants", status: "all" })).toMatchObject({
    valid: true,
    tasks: [{ id: first.task_id, completed: true }],
  });
  expect(await ok("save_filter", { name: "Errands", query: "@errands" })).toMatchObject({
    valid: true,
    filter: { name: "Errands", query: "@errands" },
  });
  expect([...called].sort()).toEqual(names);
  return { firstTaskId: String(first.task_id) };
}

describe("MCP discovery and authorization", () => {
  it("a call without a token is 401 with a challenge naming the resource metadata", async () => {
    const response = await rpc({}, initialize);
    expect(response.status).toBe(401);
    const challenge = response.headers.get("www-authenticate") ?? "";
    expect(challenge).toBe(`Bearer resource_metadata="${metadataUrl()}", scope="tasks:read tasks:write"`);
  });

  it("publishes the protected resource metadata, found by the SDK's discovery", async () => {
    const expected = {
      resource: mcpUrl(),
      authorization_servers: [app.url],
      scopes_supported: ["tasks:read", "tasks:write"],
      bearer_methods_supported: ["header"],
    };
    for (const url of [metadataUrl(), `${app.url}/.well-known/oauth-protected-resource`]) {
      const response = await fetch(url, { redirect: "manual" });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject(expected);
    }
    expect(await discoverOAuthProtectedResourceMetadata(mcpUrl())).toMatchObject(expected);
  });

  it("a browser's session cookie alone is refused", async () => {
    const { browser } = await signedUpUser("mcp-cookie");
    expect(browser.hasCookies()).toBe(true);
    const response = await browser.post("/api/mcp", initialize, { accept: "application/json, text/event-stream" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("resource_metadata=");
  });

  it("refuses a made-up, a revoked and an expired personal access token", async () => {
    const { browser } = await signedUpUser("mcp-pat-refused");
    const revoked = await createAccessToken(browser, "revoked");
    const expired = await createAccessToken(browser, "expired");
    expect((await rpc({ authorization: `Bearer ${revoked.token}` })).status).toBe(200);
    expect((await browser.post("/api/trpc/accessToken.revoke", superjson.serialize({ id: revoked.id }))).status).toBe(
      200,
    );
    await sql.query("update personal_access_token set expires_at = now() - interval '1 second' where id = $1", [
      expired.id,
    ]);
    for (const token of [revoked.token, expired.token, `tlpat_${"x".repeat(43)}`, "not-a-token"]) {
      const response = await rpc({ authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe(
        `Bearer resource_metadata="${metadataUrl()}", scope="tasks:read tasks:write", error="invalid_token", error_description="The access token is invalid or expired"`,
      );
    }
  });

  it("refuses the app's own JWTs (they are for its API, not this resource), and any JWT our OAuth server did not issue for it", async () => {
    const { browser, userId } = await signedUpUser("mcp-jwt-audience");
    const firstParty = await createJwt(browser);
    const now = Math.floor(Date.now() / 1000);
    const status = async (token: string) => (await rpc({ authorization: `Bearer ${token}` })).status;
    const refused = await rpc({ authorization: `Bearer ${firstParty}` });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await status(await signJwt(userId, { aud: app.url }))).toBe(401);
    // No client (azp), no consent: tokens for this resource come from the OAuth flow (mcp-oauth.test.ts).
    expect(await status(await signJwt(userId, { aud: mcpUrl() }))).toBe(401);
    expect(await status(await signJwt(userId, { aud: "https://elsewhere.example/api/mcp" }))).toBe(401);
    expect(await status(await signJwt(userId, { aud: mcpUrl(), exp: now - 1 }))).toBe(401);
    // The same JWT still works where it was issued for: the app's API.
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const api = await fetch(`${app.url}/api/trpc/task.list?input=${input}`, {
      headers: { authorization: `Bearer ${firstParty}` },
    });
    expect(api.status).toBe(200);
  });

  it("a token for this resource only is refused by the rest of the API", async () => {
    const { browser, userId } = await signedUpUser("mcp-jwt-scoped");
    await createJwt(browser);
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const token = await signJwt(userId, { aud: mcpUrl() });
    const response = await fetch(`${app.url}/api/trpc/task.list?input=${input}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(401);
  });

  it("serves a page of another origin (a browser-based MCP client) on its token, with CORS", async () => {
    const { browser } = await signedUpUser("mcp-origin");
    const { token } = await createAccessToken(browser, "origin");
    const origin = "http://localhost:6274"; // the MCP Inspector's
    const withToken = await rpc({ authorization: `Bearer ${token}`, origin });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get("access-control-allow-origin")).toBe("*");
    expect(withToken.headers.get("access-control-allow-credentials")).toBeNull();
    // The session cookie of a signed-in user's browser drives nothing, from any origin.
    const withCookie = await rpc({ cookie: browser.cookieHeader(), origin });
    expect(withCookie.status).toBe(401);
    expect(withCookie.headers.get("access-control-expose-headers")).toContain("www-authenticate");
  });

  it("answers GET and DELETE with 405 (stateless: no stream, no session)", async () => {
    expect((await fetch(mcpUrl(), { headers: { accept: "text/event-stream" } })).status).toBe(405);
    expect((await fetch(mcpUrl(), { method: "DELETE" })).status).toBe(405);
  });
});

describe("MCP over HTTP with the SDK's client", () => {
  let ownerTaskId: string;

  beforeAll(async () => {
    const { browser } = await signedUpUser("mcp-owner");
    const client = await connect((await createAccessToken(browser)).token);
    ownerTaskId = (await callEveryTool(client)).firstTaskId;
  });

  it("with a personal access token (the documented exception: both tool scopes): lists and calls every tool", async () => {
    const { browser } = await signedUpUser("mcp-pat");
    await callEveryTool(await connect((await createAccessToken(browser)).token));
  });

  it("errors come back as tool errors, not HTTP failures", async () => {
    const { browser } = await signedUpUser("mcp-errors");
    const client = await connect((await createAccessToken(browser)).token);
    const invalid = await call(client, "add_task", { priority: 9 });
    expect(invalid.isError).toBe(true);
    const missing = await call(client, "complete_task", { task_id: crypto.randomUUID() });
    expect(missing).toMatchObject({ isError: true, text: "Task not found." });
  });

  it("another user's task is not reachable", async () => {
    const { browser } = await signedUpUser("mcp-stranger");
    const client = await connect((await createAccessToken(browser)).token);
    for (const [name, args] of [
      ["complete_task", { task_id: ownerTaskId }],
      ["update_task", { task_id: ownerTaskId, title: "pwned" }],
      ["delete_task", { task_id: ownerTaskId }],
    ] as const) {
      expect(await call(client, name, args)).toMatchObject({ isError: true, text: "Task not found." });
    }
    const [row] = await sql.query<{ title: string; deleted: boolean }>(
      "select title, deleted_at is not null as deleted from task where id = $1",
      [ownerTaskId],
    );
    expect(row).toEqual({ title: "Water the plants", deleted: false });
  });

  it("limits each token's requests per minute: 429 with Retry-After, other tokens unaffected", async () => {
    const { browser } = await signedUpUser("mcp-rate");
    const busy = await createAccessToken(browser, "busy");
    const other = await createAccessToken(browser, "other");
    for (let index = 0; index < RATE_LIMIT; index += 1) {
      expect((await rpc({ authorization: `Bearer ${busy.token}` })).status).toBe(200);
    }
    const limited = await rpc({ authorization: `Bearer ${busy.token}` });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await rpc({ authorization: `Bearer ${other.token}` })).status).toBe(200);
    const [row] = await sql.query<{ key: string }>("select key from rate_limit where key like 'mcp:%' limit 1");
    expect(row?.key).toMatch(/^mcp:[0-9a-f]{64}$/);
  });
});
