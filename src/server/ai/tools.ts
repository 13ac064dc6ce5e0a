import "server-only";
import { TRPCError } from "@trpc/server";
import { type ToolSet, tool } from "ai";
import { z } from "zod";
import { type AgentTool, agentTools, type Caller } from "@/server/agent-tools";

const GENERIC_TOOL_ERROR = "That did not work because of a problem on our side. Try again later.";

/**
 * Runs a tool; its failure becomes a message for the model: the router's own words for what the user
 * can act on (not found, conflict, invalid input), a generic one for the rest (logged, never sent).
 */
export async function runAgentTool(definition: AgentTool, caller: Caller, input: unknown, requestId: string) {
  // The SDK checks the model's input against the schema too; this keeps `run` safe on its own.
  const parsed = definition.input.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid input: ${z.prettifyError(parsed.error)}`);
  try {
    return await definition.run(caller, parsed.data);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR" && error.code !== "SERVICE_UNAVAILABLE") {
      throw new Error(error.message);
    }
    console.error(`[assistant] tool ${definition.name} failed (request ${requestId}):`, error);
    throw new Error(GENERIC_TOOL_ERROR);
  }
}

/** The agent tools for the AI SDK, run as `caller`; destructive ones wait for the user's approval. */
export function assistantTools(caller: Caller, requestId: string): ToolSet {
  return Object.fromEntries(
    agentTools.map((definition) => [
      definition.name,
      tool({
        title: definition.title,
        description: definition.description,
        inputSchema: definition.input,
        outputSchema: definition.output,
        needsApproval: definition.annotations.destructive,
        execute: (input: unknown) => runAgentTool(definition, caller, input, requestId),
      }),
    ]),
  );
}

/** Tool names whose calls ask the user first. */
export const toolsNeedingApproval: ReadonlySet<string> = new Set(
  agentTools.filter((definition) => definition.annotations.destructive).map((definition) => definition.name),
);
