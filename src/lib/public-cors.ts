/**
 * The endpoints that MCP clients running in a browser (the MCP Inspector, web-based agents) call from their
 * own origin: the MCP endpoint, the OAuth metadata, and the OAuth calls a client makes itself (register,
 * token, revoke). None of them acts on a cookie (the proxy drops it before they run): a bearer token, a
 * code with its PKCE verifier or a refresh token is the whole authority. So any origin may call them, and
 * they answer with `Access-Control-Allow-Origin: *`, never with credentials.
 */
const PUBLIC_CORS_PATHS = new Set([
  "/api/mcp",
  "/api/auth/oauth2/register",
  "/api/auth/oauth2/token",
  "/api/auth/oauth2/revoke",
]);

export function isPublicCorsPath(pathname: string): boolean {
  return PUBLIC_CORS_PATHS.has(pathname) || pathname.startsWith("/.well-known/oauth-");
}

export const PUBLIC_CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, mcp-protocol-version, mcp-session-id, last-event-id",
  "access-control-expose-headers": "www-authenticate, mcp-session-id, mcp-protocol-version, retry-after, x-request-id",
  "access-control-max-age": "86400",
};
