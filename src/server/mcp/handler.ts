import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { env } from "@/env";
import { requestIdFrom } from "@/lib/request-id";
import { ALL_SCOPES, grantedScopes } from "@/server/agent-tools/scopes";
import { bearerToken, identityFromBearer } from "@/server/auth/bearer";
import { db } from "@/server/db";
import { errorSummary, log } from "@/server/log";
import { consumeRateLimit, perMinute } from "@/server/rate-limit";
import { isConnectionFailure } from "@/server/trpc/errors";
import { MAX_BODY_BYTES, readBodyWithLimit } from "@/server/trpc/http-guards";
import { createInnerContext } from "@/server/trpc/init";
import { mcpResource, resourceMetadataURL } from "./resource";
import { missingScope } from "./scope-challenge";
import { createMcpServer } from "./server";

function jsonRpcError(status: number, message: string, headers: Record<string, string> = {}) {
  return Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message }, id: null },
    { status, headers: { "cache-control": "no-store", ...headers } },
  );
}

/** 401 with the challenge that leads an MCP client to our resource metadata (RFC 9728 §5.1). */
function unauthorized(tokenSent: boolean) {
  const error = tokenSent ? ', error="invalid_token", error_description="The access token is invalid or expired"' : "";
  return jsonRpcError(401, tokenSent ? "The access token is invalid or expired." : "An access token is required.", {
    // `scope`: what a client should ask the authorization server for (MCP 2025-11-25 scope selection).
    "www-authenticate": `Bearer resource_metadata="${resourceMetadataURL}", scope="${ALL_SCOPES.join(" ")}"${error}`,
  });
}

/** 403 for a tool the token's grant does not cover, naming the scope to ask for (RFC 6750 §3.1). */
function insufficientScope(required: string) {
  return jsonRpcError(403, `This token may not do that: it needs the ${required} scope.`, {
    "www-authenticate": `Bearer error="insufficient_scope", scope="${ALL_SCOPES.join(" ")}", resource_metadata="${resourceMetadataURL}", error_description="The ${required} scope is required"`,
  });
}

/** The request's JSON body, read from a copy (the transport reads the original); undefined if none or too big. */
async function jsonBody(request: Request): Promise<unknown> {
  const body = await readBodyWithLimit(request.clone());
  if (!body) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

/**
 * POST /api/mcp: bearer tokens only (a browser's ambient cookie never drives a tool), so any origin may call
 * it: the transport spec's Origin check guards servers that trust whoever reaches them (a local server
 * reached by DNS rebinding); here the token is the whole authority, and browser-based clients need CORS
 * (public-cors.ts). Then a per-token rate limit, then a fresh stateless MCP server whose tools call the app's procedures as the token's owner.
 */
export async function handleMcpPost(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const token = bearerToken(request.headers);
  if (!token) return unauthorized(token !== undefined);
  try {
    const identity = await identityFromBearer(db, token, { oauthResource: mcpResource });
    if (!identity) return unauthorized(true);
    const perToken = env.MCP_RATE_LIMIT_PER_MINUTE;
    const limited = perToken > 0 ? await consumeRateLimit(db, { kind: "mcp-token", token }, perMinute(perToken)) : null;
    if (limited && !limited.ok) {
      return jsonRpcError(429, "Too many requests for this token; try again shortly.", {
        "retry-after": String(limited.retryAfterSeconds),
      });
    }
    const granted = grantedScopes(identity);
    const missing = missingScope(await jsonBody(request), granted);
    if (missing) return insufficientScope(missing);
    const ctx = createInnerContext({ db, identity, requestId });
    const server = createMcpServer(ctx, granted);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: MAX_BODY_BYTES,
    });
    await server.connect(transport);
    try {
      return await transport.handleRequest(request);
    } finally {
      await server.close();
    }
  } catch (error) {
    if (isConnectionFailure(error)) return jsonRpcError(503, "Database unavailable, try again.");
    log.error("mcp: request failed", { requestId, ...errorSummary(error) });
    return jsonRpcError(500, `Something went wrong on our side (request ${requestId}).`);
  }
}

/** Stateless: no server-initiated stream (GET) and no session to end (DELETE). */
export function methodNotAllowed(): Response {
  return jsonRpcError(405, "Method not allowed: this server is stateless; send JSON-RPC with POST.", { allow: "POST" });
}
