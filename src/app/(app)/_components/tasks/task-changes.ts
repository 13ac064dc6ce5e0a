import type { BulkChange } from "@/lib/schemas/task";
import type { RouterInputs } from "@/trpc/react";
import type { Task } from "./task-pages";

export type TaskChanges = Omit<RouterInputs["task"]["update"], "id" | "updatedAt">;

const keep = <T>(change: T | undefined, value: T): T => (change === undefined ? value : change);

/** A task as the server will store it after `task.update` (for the optimistic copy). */
export function applyChanges(task: Task, changes: TaskChanges): Task {
  const dueDate = keep(changes.dueDate, task.dueDate);
  const projectId = keep(changes.projectId, task.projectId);
  return {
    ...task,
    // As on the server: a task moved to another list leaves its section, unless the change names one there.
    sectionId: keep(changes.sectionId, projectId === task.projectId ? task.sectionId : null),
    title: changes.title ?? task.title,
    description: changes.description ?? task.description,
    priority: changes.priority ?? task.priority,
    projectId,
    parentId: keep(changes.parentId, task.parentId),
    labelIds: changes.labelIds ?? task.labelIds,
    assigneeId: keep(changes.assigneeId, task.assigneeId),
    // The server names the new assignee; until it answers, no name rather than the old one.
    assigneeName: changes.assigneeId === undefined || changes.assigneeId === task.assigneeId ? task.assigneeName : null,
    dueDate,
    // As on the server: clearing the date clears the time and the repeat rule.
    dueTime: dueDate === null ? null : keep(changes.dueTime, task.dueTime),
    recurrence: dueDate === null ? null : keep(changes.recurrence, task.recurrence),
    deadline: keep(changes.deadline, task.deadline),
  };
}

/**
 * A task as `task.bulk` will leave it (for the optimistic copy), or null when it leaves every list
 * (trashed, or restored out of the trash). `selectedIds`: every task of the change; a selected
 * subtask leaves its parent on a move unless the parent moves too. A repeating task that is completed
 * shows ticked: the server moves it to its next date.
 */
export function applyBulkChange(task: Task, change: BulkChange, selectedIds: ReadonlySet<string>): Task | null {
  switch (change.action) {
    case "complete":
      if (change.completed && task.recurrence !== null && !task.completed) return { ...task, completed: true };
      return { ...task, completed: change.completed, completedAt: change.completed ? new Date() : null };
    case "priority":
      return { ...task, priority: change.priority };
    case "assign":
      return change.assigneeId === task.assigneeId
        ? task
        : { ...task, assigneeId: change.assigneeId, assigneeName: null };
    case "move": {
      if (change.parentId) return { ...task, projectId: change.projectId, parentId: change.parentId };
      if (task.projectId === change.projectId) return task;
      const parentMoves = task.parentId !== null && selectedIds.has(task.parentId);
      return { ...task, projectId: change.projectId, sectionId: null, parentId: parentMoves ? task.parentId : null };
    }
    case "addLabel":
      return task.labelIds.includes(change.labelId) ? task : { ...task, labelIds: [...task.labelIds, change.labelId] };
    case "removeLabel":
      return { ...task, labelIds: task.labelIds.filter((id) => id !== change.labelId) };
    case "schedule":
      return applyChanges(task, change);
    case "delete":
    case "restore":
      return null;
  }
}

/** One `task.bulk` call of an undo. `ifAllowed`: a refusal of its input (BAD_REQUEST) is not a failure. */
export type UndoStep = { ids: string[]; change: BulkChange; ifAllowed?: true };

/**
 * The changes that put the tasks back as they were, from their state before the change and the
 * ids the server says it actually changed (a task that already had the label is left alone by undo).
 * A move unassigns a task where its assignee may not take it (another project, the Inbox): its undo
 * assigns them again, where they still may (`ifAllowed`).
 */
export function inverseChanges(before: readonly Task[], change: BulkChange, changedIds: readonly string[]): UndoStep[] {
  const changed = before.filter((task) => changedIds.includes(task.id));
  const byValue = <K extends string | number | null>(key: (task: Task) => K, tasks = changed) => {
    const groups = new Map<K, string[]>();
    for (const task of tasks) groups.set(key(task), [...(groups.get(key(task)) ?? []), task.id]);
    return [...groups];
  };
  const ids = changed.map((task) => task.id);
  switch (change.action) {
    case "complete":
      return [{ ids, change: { action: "complete", completed: !change.completed } }];
    case "move": {
      // A subtask the move took out of its parent goes back under it.
      const moves = byValue((task) => `${task.projectId ?? ""} ${task.parentId ?? ""}`).map(([key, group]) => {
        const [projectId, parentId] = key.split(" ");
        return {
          ids: group,
          change: { action: "move", projectId: projectId || null, ...(parentId ? { parentId } : {}) } as const,
        };
      });
      // One step per project and assignee: someone who left one project is still given back the others.
      const assigned = changed.filter((task) => task.assigneeId !== null);
      const assigns = byValue((task) => `${task.projectId ?? ""} ${task.assigneeId}`, assigned).map(([key, group]) => ({
        ids: group,
        change: { action: "assign", assigneeId: key.split(" ")[1] ?? null } as const,
        ifAllowed: true as const,
      }));
      return [...moves, ...assigns];
    }
    case "priority":
      return byValue((task) => task.priority).map(([priority, group]) => ({
        ids: group,
        change: { action: "priority", priority },
      }));
    case "assign":
      return byValue((task) => task.assigneeId).map(([assigneeId, group]) => ({
        ids: group,
        change: { action: "assign", assigneeId },
      }));
    case "addLabel":
      return [{ ids, change: { action: "removeLabel", labelId: change.labelId } }];
    case "removeLabel":
      return [{ ids, change: { action: "addLabel", labelId: change.labelId } }];
    case "schedule":
      return scheduleSteps(changed, change.recurrence !== undefined || change.dueDate === null);
    case "delete":
      return [{ ids, change: { action: "restore" } }];
    case "restore":
      return [{ ids, change: { action: "delete" } }];
  }
}

/** One step per old date, time and repeat; the repeat only where the change could have touched it. */
function scheduleSteps(changed: readonly Task[], touchedRepeat: boolean): UndoStep[] {
  const steps = new Map<string, UndoStep>();
  for (const task of changed) {
    const change: BulkChange = task.dueDate
      ? {
          action: "schedule",
          dueDate: task.dueDate,
          dueTime: task.dueTime,
          ...(touchedRepeat ? { recurrence: task.recurrence } : {}),
        }
      : { action: "schedule", dueDate: null };
    const key = JSON.stringify(change);
    const step = steps.get(key);
    if (step) step.ids.push(task.id);
    else steps.set(key, { ids: [task.id], change });
  }
  return [...steps.values()];
}

/**
 * The one project every task is in (what "Assign" offers that project's members for), or null when
 * they are in several, or in the Inbox.
 */
export function commonProjectId(tasks: readonly Task[]): string | null {
  const projectId = tasks[0]?.projectId ?? null;
  return tasks.every((task) => task.projectId === projectId) ? projectId : null;
}
