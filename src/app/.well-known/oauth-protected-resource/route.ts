import { protectedResourceMetadata } from "@/server/mcp/resource";

// RFC 9728 protected resource metadata for the MCP endpoint, also at the origin's root for clients
// that look there first. Public: proxy.ts lets any origin read it (public-cors.ts).

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(protectedResourceMetadata(), {
    headers: { "cache-control": "public, max-age=3600" },
  });
}
