import "server-only";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";
import type { TaskData } from "./schemas";

type Outputs = inferRouterOutputs<AppRouter>;
type Task = Outputs["task"]["byId"];
type Named = { id: string; name: string };

/** Names of the user's projects and labels, read once per call to name them in each task. */
export interface Names {
  projects: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
}

export function namesOf(projects: readonly Named[], labels: readonly Named[]): Names {
  return {
    projects: new Map(projects.map((project) => [project.id, project.name])),
    labels: new Map(labels.map((label) => [label.id, label.name])),
  };
}

/** A task as tools return it: the fields an agent needs, in snake_case, dates as ISO strings. */
export function toTaskData(task: Task, names: Names): TaskData {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    priority: task.priority,
    due_date: task.dueDate,
    due_time: task.dueTime,
    recurrence: task.recurrence,
    deadline: task.deadline,
    project: task.projectId ? { id: task.projectId, name: names.projects.get(task.projectId) ?? "" } : null,
    labels: task.labelIds.map((id) => ({ id, name: names.labels.get(id) ?? "" })),
    parent_id: task.parentId,
    completed: task.completed,
    completed_at: task.completedAt?.toISOString() ?? null,
    updated_at: task.updatedAt.toISOString(),
  };
}
