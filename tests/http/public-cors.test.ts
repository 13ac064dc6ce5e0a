// Browser-based MCP clients (the MCP Inspector at http://localhost:6274, web agents) discover, register,
// get tokens and call /api/mcp from their own origin: those endpoints answer CORS for any origin and never
// act on cookies. Everything else stays same-origin.
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();
const sql = appDatabase(app);
const ORIGIN = "http://localhost:6274";

function preflight(path: string, headers = "content-type") {
  return fetch(`${app.url}${path}`, {
    method: "OPTIONS",
    headers: { origin: ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": headers },
  });
}

function register(headers: Record<string, string> = {}) {
  return fetch(`${app.url}/api/auth/oauth2/register`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/json", ...headers },
    body: JSON.stringify({
      client_name: "MCP Inspector",
      redirect_uris: [`${ORIGIN}/oauth/callback`],
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
    }),
  });
}

describe("CORS for browser-based MCP clients", () => {
  it.each([
    ["/api/mcp", "authorization, content-type, mcp-protocol-version"],
    ["/api/auth/oauth2/register", "content-type"],
    ["/api/auth/oauth2/token", "content-type"],
    ["/api/auth/oauth2/revoke", "content-type"],
    ["/.well-known/oauth-protected-resource/api/mcp", "mcp-protocol-version"],
    ["/.well-known/oauth-authorization-server", "mcp-protocol-version"],
  ])("answers the preflight of %s", async (path, requested) => {
    const response = await preflight(path, requested);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = response.headers.get("access-control-allow-headers")?.split(/,\s*/) ?? [];
    expect(allowed).toEqual(expect.arrayContaining(requested.split(", ")));
  });

  it("lets any origin read the metadata", async () => {
    for (const path of ["/.well-known/oauth-protected-resource/api/mcp", "/.well-known/oauth-authorization-server"]) {
      const response = await fetch(`${app.url}${path}`, {
        headers: { origin: ORIGIN, "mcp-protocol-version": "2025-06-18" },
      });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
    }
  });

  it("registers a client from another origin, and a signed-in user's cookie does not make it theirs", async () => {
    const browser = new HttpSession(app.url);
    const signUp = await browser.signUp({
      name: "Cora",
      email: uniqueEmail("cors"),
      password: "correct horse battery",
    });
    expect(signUp.status).toBe(200);

    const response = await register({ cookie: browser.cookieHeader() });

    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { client_id } = (await response.json()) as { client_id: string };
    const [row] = await sql.query<{ user_id: string | null }>("select user_id from oauth_client where client_id = $1", [
      client_id,
    ]);
    expect(row).toEqual({ user_id: null });
  });

  it("answers the token endpoint from another origin (an OAuth error a page can read)", async () => {
    const response = await fetch(`${app.url}/api/auth/oauth2/token`, {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code: "made-up", client_id: "none" }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("keeps sign-in, tRPC and the consent endpoint to this site: 403 from another origin, no CORS", async () => {
    const signIn = await fetch(`${app.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/json" },
      body: JSON.stringify({ email: "someone@example.com", password: "whatever-it-is" }),
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get("access-control-allow-origin")).toBeNull();
    for (const path of ["/api/auth/sign-in/email", "/api/auth/oauth2/consent", "/api/trpc/task.create"]) {
      expect((await preflight(path)).headers.get("access-control-allow-origin"), path).toBeNull();
    }
  });
});
