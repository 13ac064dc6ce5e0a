import { protectedResourceMetadata } from "@/server/mcp/resource";

// RFC 9728 protected resource metadata for the MCP endpoint, also at the origin's root for clients
// that look there first. Public, so any origin may read it.

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(protectedResourceMetadata(), {
    headers: { "access-control-allow-origin": "*", "cache-control": "public, max-age=3600" },
  });
}
