import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { reachesTask } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { cappedCount } from "@/server/db/capped-count";
import { qualified } from "@/server/db/qualified";
import { label, task, taskLabel } from "@/server/db/schema";
import { notInArchivedProject } from "@/server/modules/tasks/queries";

/**
 * The user's labels by name, each with its count of open tasks (as the label's view shows them), in one
 * statement (layout and `label.list`); counts stop at OPEN_COUNT_CAP (shown as "99+").
 */
export async function listLabels(db: Database, userId: string) {
  return db
    .select({
      id: label.id,
      name: label.name,
      color: label.color,
      openTaskCount: cappedCount(sql`
        select 1 from ${taskLabel} join ${task} on ${qualified(task.id)} = ${qualified(taskLabel.taskId)}
        where ${qualified(taskLabel.labelId)} = ${qualified(label.id)}
          and ${qualified(task.deletedAt)} is null and ${qualified(task.completedAt)} is null
          and ${notInArchivedProject} and ${reachesTask(userId)}`),
      updatedAt: label.updatedAt,
    })
    .from(label)
    .where(eq(label.userId, userId))
    .orderBy(asc(sql`lower(${label.name})`), asc(label.id));
}

export type Label = Awaited<ReturnType<typeof listLabels>>[number];
