import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { task } from "@/server/db/schema";
import { bumpUpdatedAt } from "./versions";

/**
 * Puts the task and its subtasks (which live in their parent's section) in `sectionId`, or in none (null).
 * Access, and that the section is one of the task's project's, are the caller's to check.
 */
export async function putInSection(tx: Database, taskId: string, sectionId: string | null) {
  await tx
    .update(task)
    .set({ sectionId, updatedAt: bumpUpdatedAt })
    .where(
      and(or(eq(task.id, taskId), eq(task.parentId, taskId)), sql`${task.sectionId} is distinct from ${sectionId}`),
    );
}
