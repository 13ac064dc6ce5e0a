import "server-only";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { TRPCError } from "@trpc/server";
import type { z } from "zod/mini";
import { type ToolContext, type ToolSpec, USER_DATA_NOTE } from "@/server/agent-tools/define";
import { hasScope, type Scope } from "@/server/agent-tools/scopes";
import { toolError } from "./tool-errors";

/**
 * Registers an agent tool on an MCP server: its arguments and result are checked against the schemas
 * the client sees; it runs only with its scope granted; any failure comes back as a tool error
 * (`isError`) the agent can read, never a 500.
 */
export function registerTool<Spec extends ToolSpec>(
  server: McpServer,
  spec: Spec,
  context: ToolContext,
  granted: readonly Scope[],
): void {
  const handler = async (args: z.output<Spec["input"]>): Promise<CallToolResult> => {
    try {
      if (!hasScope(granted, spec.scope)) {
        throw new TRPCError({ code: "FORBIDDEN", message: `This token lacks the ${spec.scope} scope.` });
      }
      const data = await spec.run(args, context);
      return { structuredContent: data, content: [{ type: "text", text: JSON.stringify(data) }] };
    } catch (error) {
      return toolError(error, context.ctx.requestId);
    }
  };
  server.registerTool(
    spec.name,
    {
      title: spec.title,
      description: `${spec.description}\n\n${USER_DATA_NOTE}`,
      inputSchema: spec.input,
      outputSchema: spec.output,
      annotations: { title: spec.title, openWorldHint: false, ...spec.annotations },
    },
    // The SDK infers the callback's argument type from the schema, which a generic `Input` defeats.
    handler as Parameters<McpServer["registerTool"]>[2],
  );
}
