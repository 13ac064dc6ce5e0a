// An MCP client that runs in a web page of its own origin (as the MCP Inspector does at localhost:6274):
// in Chromium, with real CORS, it discovers the authorization server, registers itself, sends the user
// through consent, exchanges the code (PKCE) and calls a tool, all by fetch from its own origin.
import { describe, expect, it } from "vitest";
import { loopbackPage } from "~tests/setup/loopback-page";
import { accessibilityViolations, waitUntilInteractive } from "./browser";
import { setupBrowserSession } from "./fixture";

const session = setupBrowserSession();

/** The client's own site, on another origin (localhost, where the app is 127.0.0.1). */
const clientSite = loopbackPage({ host: "localhost", title: "Web MCP client" });

interface Authorization {
  authorizeUrl: string;
  tokenEndpoint: string;
  clientId: string;
  verifier: string;
}

/** In the client's page: discovery, dynamic registration and the PKCE authorization URL. */
function startAuthorization(appUrl: string, redirectUri: string): Promise<Authorization> {
  return session.page.evaluate(
    async ({ appUrl, redirectUri }) => {
      const headers = { "mcp-protocol-version": "2025-06-18" };
      const challenge = await fetch(`${appUrl}/api/mcp`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
      });
      const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge.headers.get("www-authenticate") ?? "")?.[1];
      if (challenge.status !== 401 || !metadataUrl) throw new Error(`no challenge: ${challenge.status}`);
      const resource = (await (await fetch(metadataUrl, { headers })).json()) as {
        resource: string;
        authorization_servers: string[];
      };
      const server = (await (
        await fetch(`${resource.authorization_servers[0]}/.well-known/oauth-authorization-server`, { headers })
      ).json()) as { authorization_endpoint: string; token_endpoint: string; registration_endpoint: string };
      const registered = await fetch(server.registration_endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          client_name: "Web MCP client",
          redirect_uris: [redirectUri],
          token_endpoint_auth_method: "none",
          grant_types: ["authorization_code", "refresh_token"],
          response_types: ["code"],
        }),
      });
      const { client_id: clientId } = (await registered.json()) as { client_id: string };

      const base64url = (bytes: Uint8Array) =>
        btoa(String.fromCharCode(...bytes))
          .replaceAll("+", "-")
          .replaceAll("/", "_")
          .replace(/=+$/, "");
      const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
      const authorizeUrl = new URL(server.authorization_endpoint);
      for (const [name, value] of Object.entries({
        response_type: "code",
        client_id: clientId,
        redirect_uri: redirectUri,
        code_challenge: base64url(digest),
        code_challenge_method: "S256",
        scope: "tasks:read tasks:write",
        state: "web-client-state",
        resource: resource.resource,
      })) {
        authorizeUrl.searchParams.set(name, value);
      }
      return { authorizeUrl: authorizeUrl.toString(), tokenEndpoint: server.token_endpoint, clientId, verifier };
    },
    { appUrl, redirectUri },
  );
}

describe("an MCP client in a web page of another origin", () => {
  it("connects through OAuth and adds a task by fetch from its own origin; Settings lists it and revokes it", async () => {
    const { page, app } = session;
    session.expectResponse(
      { method: "POST", path: "/api/mcp", status: 401 },
      "the client's first call, without a token, asks for the challenge that starts discovery",
    );
    await session.signUp("Wendy Web");
    const redirectUri = `${clientSite.origin}/callback`;

    await page.goto(clientSite.origin);
    const authorization = await startAuthorization(app.url, redirectUri);

    await page.goto(authorization.authorizeUrl);
    await waitUntilInteractive(page);
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL((url) => url.origin === clientSite.origin && url.pathname === "/callback");
    const callback = new URL(page.url());
    expect(callback.searchParams.get("state")).toBe("web-client-state");
    const code = callback.searchParams.get("code");
    expect(code).toEqual(expect.any(String));

    const result = await page.evaluate(
      async ({ authorization, code, redirectUri, mcpUrl }) => {
        const tokenResponse = await fetch(authorization.tokenEndpoint, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            grant_type: "authorization_code",
            code,
            code_verifier: authorization.verifier,
            client_id: authorization.clientId,
            redirect_uri: redirectUri,
            resource: mcpUrl,
          }),
        });
        const { access_token: accessToken } = (await tokenResponse.json()) as { access_token: string };
        const rpc = async (id: number, method: string, params: object) => {
          const response = await fetch(mcpUrl, {
            method: "POST",
            headers: {
              authorization: `Bearer ${accessToken}`,
              "content-type": "application/json",
              accept: "application/json, text/event-stream",
              "mcp-protocol-version": "2025-06-18",
            },
            body: JSON.stringify({ jsonrpc: "2.0", id, method, params }),
          });
          return { status: response.status, body: (await response.json()) as { result?: unknown } };
        };
        const initialized = await rpc(1, "initialize", {
          protocolVersion: "2025-06-18",
          capabilities: {},
          clientInfo: { name: "web", version: "1" },
        });
        const added = await rpc(2, "tools/call", { name: "add_task", arguments: { title: "Water the plants" } });
        return { tokenStatus: tokenResponse.status, accessToken, initialized, added };
      },
      { authorization, code: code ?? "", redirectUri, mcpUrl: `${app.url}/api/mcp` },
    );

    expect(result.tokenStatus).toBe(200);
    expect(result.initialized.status).toBe(200);
    expect(result.added).toMatchObject({
      status: 200,
      body: { result: { structuredContent: { status: "created", title: "Water the plants" } } },
    });

    await page.goto(`${app.url}/`);
    await waitUntilInteractive(page);
    await page.locator("li[data-task-id]", { hasText: "Water the plants" }).waitFor();

    // Settings lists the app with what it may do; revoking it (by keyboard) refuses its token at once.
    await page.goto(`${app.url}/settings`);
    await waitUntilInteractive(page);
    const apps = page.getByRole("list", { name: "Connected apps" });
    await apps.getByText("Web MCP client").waitFor();
    await apps.getByRole("list", { name: "What Web MCP client can do" }).getByText("Add, change, complete").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await apps.getByRole("button", { name: "Revoke Web MCP client" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Revoke access");
    await page.keyboard.press("Enter");
    await page.getByText("No app is connected.").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("settings-connected-apps");

    const afterRevoke = await fetch(`${app.url}/api/mcp`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${result.accessToken}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 3, method: "ping" }),
    });
    expect(afterRevoke.status).toBe(401);
  });
});
