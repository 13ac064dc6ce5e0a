import "server-only";
import { and, eq, type Placeholder, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { cappedCount } from "@/server/db/capped-count";
import { qualified } from "@/server/db/qualified";
import { project, projectMember, task } from "@/server/db/schema";
import { countValue, jsonRows, readValue } from "@/server/db/value-reads";
import { notFound } from "@/server/domain-errors";

const projectFields = {
  id: project.id,
  name: project.name,
  color: project.color,
  /** Where this member keeps it in their sidebar. */
  position: projectMember.position,
  role: projectMember.role,
  /** How this member looks at it: "list" or "board". */
  layout: projectMember.layout,
  /** The sections this member keeps collapsed in its list. */
  collapsedSectionIds: projectMember.collapsedSectionIds,
  archived: sql<boolean>`${project.archivedAt} is not null`,
  updatedAt: project.updatedAt,
};

/** The projects the user is a member of, joined to their membership (their role and sidebar place). */
const membership = (userId: string) => and(eq(projectMember.projectId, project.id), eq(projectMember.userId, userId));

/** Open top-level tasks of the outer row's project (the rows its view lists; subtasks ride with their parent). */
const openTaskCount = cappedCount(
  sql`
  select 1 from ${task}
  where ${qualified(task.projectId)} = ${qualified(project.id)} and ${qualified(task.parentId)} is null
    and ${qualified(task.deletedAt)} is null and ${qualified(task.completedAt)} is null`,
  // task_project_idx
  sql`${qualified(task.position)}, ${qualified(task.id)}`,
);

/**
 * The user's projects in their sidebar order, each with its count of open top-level tasks (every member sees
 * all of a project's tasks, whoever created them), as one value: `project.list` alone, the sidebar's read with
 * the others. Counts stop at COUNT_CAP (shown as "99+"), so it costs the same however many tasks there are.
 */
export function projectsRead(userId: string | Placeholder) {
  return jsonRows(
    { ...projectFields, openTaskCount },
    sql`from ${projectMember} inner join ${project} on ${qualified(project.id)} = ${qualified(projectMember.projectId)}
      where ${qualified(projectMember.userId)} = ${userId}
      order by ${qualified(projectMember.position)}`,
  );
}

export function listProjects(db: Database, userId: string) {
  return readValue(db, projectsRead(userId));
}

export type Project = Awaited<ReturnType<typeof listProjects>>[number];

/** The Inbox's open-task count: its top-level tasks, the rows the Inbox lists, up to COUNT_CAP ("99+"). */
export function inboxCountRead(userId: string | Placeholder) {
  return countValue(
    cappedCount(
      sql`
      select 1 from ${task}
      where ${qualified(task.userId)} = ${userId} and ${qualified(task.projectId)} is null
        and ${qualified(task.parentId)} is null and ${qualified(task.deletedAt)} is null
        and ${qualified(task.completedAt)} is null`,
      // task_inbox_idx
      sql`${qualified(task.position)}, ${qualified(task.id)}`,
    ),
  );
}

export function countInbox(db: Database, userId: string) {
  return readValue(db, inboxCountRead(userId));
}

/** One of the user's projects, archived or not, with their role in it. NOT_FOUND when they are not a member. */
export async function projectById(db: Database, userId: string, id: string) {
  const [found] = await db
    .select({ ...projectFields, userId: project.userId, archivedAt: project.archivedAt, createdAt: project.createdAt })
    .from(project)
    .innerJoin(projectMember, membership(userId))
    .where(eq(project.id, id));
  if (!found) throw notFound("Project");
  return found;
}
