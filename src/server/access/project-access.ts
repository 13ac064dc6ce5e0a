import "server-only";
import { and, eq, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type ProjectAction, type ProjectRole, projectRoles, refusals, roleAllows } from "@/lib/project-roles";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { projectMember } from "@/server/db/schema";
import { forbidden, notFound } from "@/server/domain-errors";

/**
 * The one place that decides what a user may do in a project. Someone who is not a member is told
 * the project does not exist (NOT_FOUND: other people's ids cannot be probed); a member whose role
 * does not allow the action is told so (FORBIDDEN), and nothing is written.
 */
export function decide(role: ProjectRole | undefined, action: ProjectAction): ProjectRole {
  if (!role) throw notFound("Project");
  if (action !== "read" && !roleAllows(role, action)) throw forbidden(refusals[action]);
  return role;
}

/** The user's role in the project, or undefined when they are not a member. */
export async function roleIn(db: Database, userId: string, projectId: string): Promise<ProjectRole | undefined> {
  const [member] = await db
    .select({ role: projectMember.role })
    .from(projectMember)
    .where(and(eq(projectMember.projectId, projectId), eq(projectMember.userId, userId)));
  return member?.role;
}

/** Checks `action` on the project for the user (see {@link decide}) and returns their role. */
export async function requireProjectAccess(
  db: Database,
  userId: string,
  projectId: string,
  action: ProjectAction,
): Promise<ProjectRole> {
  return decide(await roleIn(db, userId, projectId), action);
}

/**
 * SQL true when the user is a member of the project in `projectIdColumn`, with a role that allows
 * `action`: joined into a read so that the check costs no statement of its own.
 */
export function isMember(
  userId: string | Placeholder,
  projectIdColumn: AnyPgColumn,
  action: ProjectAction = "read",
): SQL {
  const roles = projectRoles.filter((role) => roleAllows(role, action));
  return sql`exists (
    select 1 from ${projectMember} as m
    where m.project_id = ${qualified(projectIdColumn)} and m.user_id = ${userId}
      and m.role in (${sql.join(
        roles.map((role) => sql`${role}`),
        sql`, `,
      )}))`;
}
