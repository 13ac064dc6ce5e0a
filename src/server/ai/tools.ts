import "server-only";
import { type ToolSet, tool } from "ai";
import { z } from "zod/mini";
import { type AgentTool, agentTools, type ToolContext } from "@/server/agent-tools";
import { USER_DATA_NOTE } from "@/server/agent-tools/define";
import { toolFailureMessage } from "@/server/agent-tools/errors";
import { toolDataEnvelope } from "./tool-data";
import { ToolFailure } from "./tool-failure";
import { turnWrites } from "./turn-writes";

/**
 * Runs an agent tool for the assistant. A failure reaches the model as words it can act on (the routers'
 * own for what the user can fix, a generic one for the rest), as the MCP endpoint words it.
 */
export async function runAgentTool(definition: AgentTool, context: ToolContext, input: unknown) {
  try {
    // The SDK checks the model's input against the schema too; this keeps `run` safe on its own.
    return await definition.run(z.parse(definition.input, input), context);
  } catch (error) {
    throw new ToolFailure(toolFailureMessage(error, context.ctx.requestId, "assistant"));
  }
}

/**
 * The agent tools for one turn of the assistant, run as the caller: the calls the turn's write rules
 * pick wait for the user's approval, and what they return reaches the model as data (tool-data.ts).
 */
export function assistantTools(context: ToolContext): ToolSet {
  const writes = turnWrites();
  return Object.fromEntries(
    agentTools.map((definition) => [
      definition.name,
      tool({
        title: definition.title,
        description: `${definition.description}\n\n${USER_DATA_NOTE}`,
        inputSchema: definition.input,
        outputSchema: definition.output,
        needsApproval: (input: unknown, call) => writes.needsApproval(definition, input, call),
        execute: (input: unknown, { toolCallId }) => {
          writes.assertWithinLimit(toolCallId);
          return runAgentTool(definition, context, input);
        },
        toModelOutput: ({ output }) => toolDataEnvelope(definition.name, output),
      }),
    ]),
  );
}
