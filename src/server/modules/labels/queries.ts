import "server-only";
import { type Placeholder, sql } from "drizzle-orm";
import { reachesTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { cappedCount } from "@/server/db/capped-count";
import { qualified } from "@/server/db/qualified";
import { label, task, taskLabel } from "@/server/db/schema";
import { jsonRows, readValue } from "@/server/db/value-reads";
import { notInArchivedProject } from "@/server/modules/tasks/queries";

/**
 * The user's labels by name, each with its count of open tasks (as the label's view shows them), as one value
 * (`label.list` alone, the sidebar's read with the others); counts stop at COUNT_CAP (shown as "99+").
 */
export function labelsRead(userId: string | Placeholder) {
  return jsonRows(
    {
      id: label.id,
      name: label.name,
      color: label.color,
      openTaskCount: cappedCount(
        sql`
        select 1 from ${taskLabel} join ${task} on ${qualified(task.id)} = ${qualified(taskLabel.taskId)}
        where ${qualified(taskLabel.labelId)} = ${qualified(label.id)}
          and ${qualified(task.deletedAt)} is null and ${qualified(task.completedAt)} is null
          and ${notInArchivedProject} and ${reachesTask(userId)}`,
        // task_label_label_idx
        sql`${qualified(taskLabel.taskId)}`,
      ),
      updatedAt: label.updatedAt,
    },
    sql`from ${label} where ${qualified(label.userId)} = ${userId}
      order by lower(${qualified(label.name)}), ${qualified(label.id)}`,
  );
}

export function listLabels(db: Database, userId: string) {
  return readValue(db, labelsRead(userId));
}

export type Label = Awaited<ReturnType<typeof listLabels>>[number];
