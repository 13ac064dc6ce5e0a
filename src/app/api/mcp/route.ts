import { handleMcpPost, methodNotAllowed } from "@/server/mcp/handler";

// The MCP endpoint (Streamable HTTP, stateless): every request authenticates and is answered on its own.

export const dynamic = "force-dynamic";

export const POST = (request: Request) => handleMcpPost(request);
export const GET = methodNotAllowed;
export const DELETE = methodNotAllowed;
