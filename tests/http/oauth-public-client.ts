import { createHash, randomBytes } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

/**
 * An MCP client's side of OAuth done by hand (as the SDK does it, step by step): dynamic registration,
 * an authorization URL with PKCE (S256) for the MCP resource, and the token endpoint. For tests that
 * drive the user's side themselves (a browser, a two-factor sign-in) or need offline_access.
 */

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

export const mcpUrlOf = (appUrl: string) => `${appUrl}/api/mcp`;

/** Registers a public client (no secret) for `redirectUri`; returns its client_id. */
export async function registerPublicClient(appUrl: string, redirectUri: string): Promise<string> {
  const response = await fetch(`${appUrl}/api/auth/oauth2/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "Test Agent",
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    }),
  });
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { client_id: string }).client_id;
}

export interface Authorization {
  url: URL;
  clientId: string;
  redirectUri: string;
  verifier: string;
  state: string;
}

/** The URL the client opens in the user's browser, with a fresh PKCE verifier and state. */
export function startAuthorization(
  appUrl: string,
  request: { clientId: string; redirectUri: string; scope: string },
): Authorization {
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(12).toString("base64url");
  const url = new URL(`${appUrl}/api/auth/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    resource: mcpUrlOf(appUrl),
  }).toString();
  return { url, clientId: request.clientId, redirectUri: request.redirectUri, verifier, state };
}

/** A form POST to the token endpoint (RFC 6749 §4.1.3, §6), as a public client. */
export function tokenRequest(appUrl: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${appUrl}/api/auth/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ resource: mcpUrlOf(appUrl), ...params }),
  });
}

/** Exchanges the code the client's redirect URI received (checking its state) for tokens. */
export async function exchangeCode(
  appUrl: string,
  authorization: Authorization,
  callback: URL,
): Promise<TokenResponse> {
  if (callback.searchParams.get("state") !== authorization.state) throw new Error(`state mismatch: ${callback}`);
  const code = callback.searchParams.get("code");
  if (!code) throw new Error(`no code: ${callback}`);
  const response = await tokenRequest(appUrl, {
    grant_type: "authorization_code",
    code,
    code_verifier: authorization.verifier,
    client_id: authorization.clientId,
    redirect_uri: authorization.redirectUri,
  });
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as TokenResponse;
}

/** The SDK's MCP client on /api/mcp with a bearer token (the caller closes it). */
export async function mcpClientWithToken(appUrl: string, token: string): Promise<Client> {
  const client = new Client({ name: "tasklane-oauth-tests", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrlOf(appUrl)), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  await client.connect(transport);
  return client;
}
