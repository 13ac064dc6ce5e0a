import "server-only";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { toolFailureMessage } from "@/server/agent-tools/errors";

/**
 * A tool's failure as an MCP tool error (`isError`), never a protocol error or an HTTP 500: the agent
 * reads the message and can correct its call. Unexpected failures say only that, with the request id.
 */
export function toolError(error: unknown, requestId: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: toolFailureMessage(error, requestId, "mcp") }] };
}
