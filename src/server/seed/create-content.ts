import "server-only";
import type { createCaller } from "@/server/trpc/root";
import { DEMO_FILTERS, DEMO_LABELS, type DemoContent, type DemoTask } from "./demo-content";

type Caller = ReturnType<typeof createCaller>;

interface Placement {
  projectId: string | null;
  parentId: string | null;
  labelIds: Map<string, string>;
}

/**
 * Creates the demo content through the app's procedures, as the demo user, so every rule that
 * applies to a person's tasks (positions, activity, reminders, repeat rules) applies to these.
 */
export async function createDemoContent(caller: Caller, content: DemoContent, log: (message: string) => void) {
  const labelIds = new Map<string, string>();
  for (const label of DEMO_LABELS) {
    const created = await caller.label.create({ name: label.name, color: label.color });
    labelIds.set(label.name, created.id);
  }
  log(`  ${DEMO_LABELS.length} labels`);
  for (const filter of DEMO_FILTERS) await caller.filter.create(filter);
  log(`  ${DEMO_FILTERS.length} saved filters`);

  const toComplete: string[] = [];
  const inbox = await createTasks(caller, content.inbox, { projectId: null, parentId: null, labelIds }, toComplete);
  log(`  Inbox: ${inbox} tasks`);
  for (const project of content.projects) {
    const created = await caller.project.create({ name: project.name, color: project.color });
    const count = await createTasks(
      caller,
      project.tasks,
      { projectId: created.id, parentId: null, labelIds },
      toComplete,
    );
    log(`  ${project.name}: ${count} tasks`);
  }
  for (const id of toComplete) await caller.task.setCompleted({ id, completed: true });
  log(`  ${toComplete.length} completed`);
}

/** Creates tasks (and their subtasks) in order; returns how many it made. */
async function createTasks(caller: Caller, tasks: DemoTask[], place: Placement, toComplete: string[]) {
  let count = 0;
  for (const { labels, completed, remindMinutesBefore, subtasks, ...fields } of tasks) {
    const created = await caller.task.create({
      ...fields,
      projectId: place.parentId ? undefined : place.projectId,
      parentId: place.parentId,
      labelIds: labels?.map((name) => labelIdOf(place.labelIds, name)),
    });
    count += 1;
    if (remindMinutesBefore !== undefined) {
      await caller.reminder.create({ taskId: created.id, minutesBefore: remindMinutesBefore });
    }
    if (completed) toComplete.push(created.id);
    if (subtasks) {
      count += await createTasks(caller, subtasks, { ...place, parentId: created.id }, toComplete);
    }
  }
  return count;
}

function labelIdOf(labelIds: Map<string, string>, name: string): string {
  const id = labelIds.get(name);
  if (!id) throw new Error(`The demo content names a label it does not create: ${name}`);
  return id;
}
