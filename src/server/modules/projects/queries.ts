import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { project, task } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

/**
 * The user's projects in sidebar order, each with its count of open top-level and subtasks, in
 * one statement. Shared by the layout (Server Component) and `project.list`.
 */
export async function listProjects(db: Database, userId: string) {
  return db
    .select({
      id: project.id,
      name: project.name,
      color: project.color,
      position: project.position,
      archived: sql<boolean>`${project.archivedAt} is not null`,
      openTaskCount: sql<number>`(
        select count(*)::int from ${task}
        where ${qualified(task.projectId)} = ${qualified(project.id)} and ${qualified(task.userId)} = ${userId}
          and ${qualified(task.deletedAt)} is null and ${qualified(task.completedAt)} is null)`,
      updatedAt: project.updatedAt,
    })
    .from(project)
    .where(eq(project.userId, userId))
    .orderBy(asc(project.position));
}

export type Project = Awaited<ReturnType<typeof listProjects>>[number];

/** The Inbox's open-task count (tasks with no project). */
export async function countInbox(db: Database, userId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(task)
    .where(
      and(
        eq(task.userId, userId),
        sql`${task.projectId} is null and ${task.deletedAt} is null and ${task.completedAt} is null`,
      ),
    );
  return row?.count ?? 0;
}

export const ownedProject = (userId: string, id: string) => and(eq(project.userId, userId), eq(project.id, id));

/** One of the user's projects, archived or not. */
export async function projectById(db: Database, userId: string, id: string) {
  const [found] = await db.select().from(project).where(ownedProject(userId, id));
  if (!found) throw notFound("Project");
  return found;
}
