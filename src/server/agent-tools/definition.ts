import "server-only";
import type { z } from "zod";
import type { createCaller } from "@/server/trpc/root";

/** The app router called in-process with the agent user's own context. */
export type Caller = ReturnType<typeof createCaller>;

/**
 * One tool for agents, independent of how it is reached (the AI assistant in src/server/ai, the MCP
 * endpoint): what the model reads, the input it must send, and a `run` over the caller's own tRPC
 * procedures, so ownership and validation are the routers' (an id of another user's is NOT_FOUND).
 */
export interface AgentTool<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  name: string;
  title: string;
  description: string;
  input: Input;
  output: Output;
  /** What an agent's grant must allow: reading, or changing the user's tasks, projects and labels. */
  scope: "tasks:read" | "tasks:write";
  annotations: {
    /** Reads only. */
    readOnly: boolean;
    /** Deletes or changes many things at once: the assistant asks the user to confirm before it runs. */
    destructive: boolean;
  };
  // A method (not a function property), so a list of differently typed tools is one AgentTool[].
  run(caller: Caller, input: z.output<Input>): Promise<z.input<Output>>;
}

export function defineTool<Input extends z.ZodType, Output extends z.ZodType>(
  tool: AgentTool<Input, Output>,
): AgentTool<Input, Output> {
  return tool;
}
