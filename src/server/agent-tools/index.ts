import "server-only";
import type { AgentTool } from "./definition";
import { addTask, completeTask, deleteTask, searchTasks } from "./tasks";

export type { AgentTool, Caller } from "./definition";

/** Every tool agents get, in the order they are offered. */
export const agentTools: readonly AgentTool[] = [addTask, searchTasks, completeTask, deleteTask];
