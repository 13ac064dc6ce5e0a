import "server-only";
import { catalogTools } from "./catalog-tools";
import type { AgentTool } from "./define";
import { filterTools } from "./filter-tools";
import { taskTools } from "./task-tools";

export type { AgentTool, ToolContext } from "./define";

/** Every tool agents get (the MCP endpoint and the AI assistant), in the order they are offered. */
export const agentTools: readonly AgentTool[] = [...taskTools, ...catalogTools, ...filterTools];
