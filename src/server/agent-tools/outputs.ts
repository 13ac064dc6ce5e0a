import "server-only";
import { z } from "zod";

// What the tools answer, as schemas: MCP announces them (structured content), the AI SDK checks stored
// tool outputs against them when a conversation is loaded again.

export const taskSummaryOutput = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  priority: z.number(),
  dueDate: z.string().nullable(),
  dueTime: z.string().nullable(),
  recurrence: z.object({ rrule: z.string(), from: z.enum(["due", "completion"]) }).nullable(),
  projectId: z.string().nullable(),
  parentId: z.string().nullable(),
  labelIds: z.array(z.string()),
  completed: z.boolean(),
});

export const oneTaskOutput = z.object({ task: taskSummaryOutput });
export const taskPageOutput = z.object({ tasks: z.array(taskSummaryOutput), nextCursor: z.string().nullable() });
export const foundTasksOutput = z.object({ tasks: z.array(taskSummaryOutput) });
export const deletedTaskOutput = z.object({ deleted: z.object({ id: z.string(), title: z.string() }) });
export const projectsOutput = z.object({
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      color: z.string(),
      archived: z.boolean(),
      openTaskCount: z.number(),
    }),
  ),
});
export const labelsOutput = z.object({
  labels: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
});
