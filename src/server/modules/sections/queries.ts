import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { ProjectAction, ProjectRole } from "@/lib/project-roles";
import { decide, isMember, requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { projectMember, type SectionRow, section } from "@/server/db/schema";
import { invalid, notFound } from "@/server/domain-errors";

const sectionFields = {
  id: section.id,
  projectId: section.projectId,
  name: section.name,
  position: section.position,
  createdAt: section.createdAt,
  updatedAt: section.updatedAt,
};

/** A section as every client sees it. */
export type Section = Pick<SectionRow, keyof typeof sectionFields>;

/**
 * The project's sections in order, for any member, in one statement (the membership check is joined in);
 * NOT_FOUND when the user is not a member (checked only when there is no row to show).
 */
export async function listSections(db: Database, userId: string, projectId: string): Promise<Section[]> {
  const rows = await db
    .select(sectionFields)
    .from(section)
    .where(and(eq(section.projectId, projectId), isMember(userId, section.projectId)))
    .orderBy(asc(section.position));
  if (rows.length === 0) await requireProjectAccess(db, userId, projectId, "read");
  return rows;
}

/** One section the user can see (any member of its project), or null. */
export async function findSection(db: Database, userId: string, id: string): Promise<Section | null> {
  const [found] = await db
    .select(sectionFields)
    .from(section)
    .where(and(eq(section.id, id), isMember(userId, section.projectId)));
  return found ?? null;
}

/** As {@link findSection}, for a section the caller named: NOT_FOUND when they cannot see it. */
export async function sectionById(db: Database, userId: string, id: string): Promise<Section> {
  const found = await findSection(db, userId, id);
  if (!found) throw notFound("Section");
  return found;
}

/**
 * The section, locked for the rest of the transaction, if the user's role in its project allows `action`:
 * NOT_FOUND when they are not a member, FORBIDDEN when their role does not allow it (see `decide`).
 */
export async function requireSection(
  tx: Database,
  userId: string,
  id: string,
  action: ProjectAction,
): Promise<Section> {
  const [found] = await tx
    .select({
      ...sectionFields,
      role: sql<ProjectRole | null>`(select m.role from ${projectMember} as m
        where m.project_id = ${qualified(section.projectId)} and m.user_id = ${userId})`,
    })
    .from(section)
    .where(eq(section.id, id))
    .for("update", { of: section });
  if (!found) throw notFound("Section");
  decide(found.role ?? undefined, action);
  const { role: _role, ...row } = found;
  return row;
}

/**
 * Checks that `sectionId` may hold a task of `projectId` (null: the Inbox, which has none). A section the user
 * cannot see is NOT_FOUND (no probing of other people's ids); one of another of their projects is refused
 * by name.
 */
export async function assertSectionInProject(
  db: Database,
  userId: string,
  sectionId: string,
  projectId: string | null,
): Promise<void> {
  const found = await findSection(db, userId, sectionId);
  if (!found) throw notFound("Section");
  if (projectId === null) throw invalid("A task in the Inbox has no section: move it to a project first.");
  if (found.projectId !== projectId) throw invalid("That section belongs to another project.");
}
