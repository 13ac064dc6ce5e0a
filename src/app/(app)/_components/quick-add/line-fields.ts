import type { CreateTaskInput } from "@/lib/schemas/task";
import type { TaskChanges } from "../tasks/task-changes";
import type { Task } from "../tasks/task-pages";
import type { QuickAddPlan } from "./quick-add-plan";

/** What a task added in a place starts with when the line does not say: a project's box, Today's date, a label's. */
export type LineDefaults = Pick<CreateTaskInput, "projectId" | "parentId" | "dueDate" | "labelIds">;

/** Labels the line names that the user has not got: they are made just before the task is saved. */
export type NewLabels = { newLabels?: readonly string[] };

/** A new task's fields besides its title, from a planned line and its place's defaults. */
export type LineFields = Omit<CreateTaskInput, "id" | "title"> & NewLabels;

/** The task's changes from a renamed title, with the labels to make for it. */
export type TitleChanges = TaskChanges & NewLabels & { title: string };

const labelIdsOf = (plan: QuickAddPlan) => plan.labels.flatMap((label) => (label.id ? [label.id] : []));
const newLabelsOf = (plan: QuickAddPlan) => plan.labels.flatMap((label) => (label.id ? [] : [label.name]));

/**
 * The fields of a new task: what the line says, else the place's defaults (a project page's box adds
 * to that project unless another is typed; Today's dates today unless a date is typed). A label's
 * page adds its label to the typed ones.
 */
export function lineFields(plan: QuickAddPlan, defaults: LineDefaults = {}): LineFields {
  const { parsed, project, section, assignee } = plan;
  const labelIds = [...new Set([...(defaults.labelIds ?? []), ...labelIdsOf(plan)])];
  const newLabels = newLabelsOf(plan);
  // A typed date replaces the place's whole due (time and repeat come only with it).
  const due = parsed.dueDate
    ? {
        dueDate: parsed.dueDate,
        ...(parsed.dueTime ? { dueTime: parsed.dueTime } : {}),
        ...(parsed.recurrence ? { recurrence: parsed.recurrence } : {}),
      }
    : {};
  return {
    ...defaults,
    priority: parsed.priority,
    ...(labelIds.length > 0 ? { labelIds } : {}),
    ...(newLabels.length > 0 ? { newLabels } : {}),
    ...(project?.id ? { projectId: project.id } : {}),
    ...(section ? { sectionId: section.id } : {}),
    ...(assignee ? { assigneeId: assignee.userId } : {}),
    ...(parsed.deadline ? { deadline: parsed.deadline } : {}),
    ...due,
  };
}

/**
 * A renamed task's changes: the new title, and only what the line recognised, as changes to the task.
 * A typed priority, project or assignee replaces the task's; typed labels are added to its own; a typed
 * date is the task's whole due from then on (a date alone clears an old time and repeat).
 */
export function titleChanges(
  plan: QuickAddPlan,
  task: Pick<Task, "projectId" | "sectionId" | "labelIds">,
): TitleChanges {
  const { parsed, project, section, assignee } = plan;
  const typed = new Set(parsed.tokens.map((token) => token.kind));
  const labelIds = [...new Set([...task.labelIds, ...labelIdsOf(plan)])];
  const newLabels = newLabelsOf(plan);
  return {
    title: parsed.title,
    ...(typed.has("priority") ? { priority: parsed.priority } : {}),
    ...(parsed.dueDate
      ? { dueDate: parsed.dueDate, dueTime: parsed.dueTime ?? null, recurrence: parsed.recurrence ?? null }
      : {}),
    ...(project?.id && project.id !== task.projectId ? { projectId: project.id } : {}),
    ...(section && section.id !== task.sectionId ? { sectionId: section.id } : {}),
    ...(labelIds.length > task.labelIds.length ? { labelIds } : {}),
    ...(newLabels.length > 0 ? { newLabels } : {}),
    ...(assignee ? { assigneeId: assignee.userId } : {}),
    ...(parsed.deadline ? { deadline: parsed.deadline } : {}),
  };
}
