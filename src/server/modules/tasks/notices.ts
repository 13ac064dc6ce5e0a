import "server-only";
import type { Database } from "@/server/db";
import { notify } from "@/server/modules/notifications/notify";

interface AboutTask {
  id: string;
  title: string;
  projectId: string | null;
}

/** Tells the people these tasks were just assigned to (not someone who took a task themselves). */
export function tellAssignees(
  tx: Database,
  actorId: string,
  tasks: readonly (AboutTask & { assigneeId: string | null })[],
) {
  return notify(
    tx,
    actorId,
    tasks.map((each) => ({
      kind: "assigned" as const,
      to: [each.assigneeId],
      projectId: each.projectId,
      taskId: each.id,
      subject: each.title,
    })),
  );
}

/** Tells whoever assigned these tasks that they were just completed (by someone else). */
export function tellAssigners(
  tx: Database,
  actorId: string,
  tasks: readonly (AboutTask & { assignedBy: string | null })[],
) {
  return notify(
    tx,
    actorId,
    tasks.map((each) => ({
      kind: "completed" as const,
      to: [each.assignedBy],
      projectId: each.projectId,
      taskId: each.id,
      subject: each.title,
    })),
  );
}
