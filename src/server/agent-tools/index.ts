import "server-only";
import { listLabels, listProjects } from "./catalog";
import type { AgentTool } from "./definition";
import { addTask, completeTask, deleteTask, listTasks, searchTasks, updateTask } from "./tasks";

export type { AgentTool, Caller } from "./definition";

/** Every tool agents get, in the order they are offered. */
export const agentTools: readonly AgentTool[] = [
  addTask,
  listTasks,
  searchTasks,
  completeTask,
  updateTask,
  deleteTask,
  listProjects,
  listLabels,
];
