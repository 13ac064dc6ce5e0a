import type { TaskStatus } from "@/lib/schemas/task";

export type TaskListInput = { status: TaskStatus; sort: "manual" };

/** The list the board shows. The server prefetches exactly this input for first paint, so both sides use this. */
export function taskListInput(showCompleted: boolean): TaskListInput {
  return { status: showCompleted ? "all" : "open", sort: "manual" };
}
