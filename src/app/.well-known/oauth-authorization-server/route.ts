import { oauthProviderAuthServerMetadata } from "@better-auth/oauth-provider";
import { auth } from "@/server/auth/auth";

// RFC 8414 authorization server metadata of the OAuth server MCP clients use (the issuer is the app's
// origin, so it lives at the root, outside /api/auth). Public: proxy.ts lets any origin read it (public-cors.ts).

export const dynamic = "force-dynamic";

const pluginMetadata = oauthProviderAuthServerMetadata(auth);

/**
 * The plugin's metadata, without DPoP: /api/mcp takes bearer tokens only, so a client must not be told
 * to bind its tokens to a key (RFC 9449) that the resource would never check.
 */
export async function GET(request: Request): Promise<Response> {
  const response = await pluginMetadata(request);
  if (!response.ok) return response;
  const { dpop_signing_alg_values_supported: _dpop, ...metadata } = (await response.json()) as Record<string, unknown>;
  return Response.json(metadata, { headers: { "cache-control": response.headers.get("cache-control") ?? "no-store" } });
}
