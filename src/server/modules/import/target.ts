import "server-only";
import { asc, eq } from "drizzle-orm";
import type { ImportPlan } from "@/lib/import/plan";
import type { ImportProblem } from "@/lib/import/refusal";
import { requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { project, projectMember, section, user } from "@/server/db/schema";

/** Where a Todoist import goes: an existing project the user may edit, or new ones named after the files. */
export type ImportTarget = {
  existing: { id: string; name: string } | null;
  /** Who a RESPONSIBLE name may match: the existing project's members, or the importer alone. */
  members: { userId: string; name: string }[];
  /** The existing project's sections (reused by name), or none. */
  sections: { id: string; name: string }[];
};

export async function resolveTarget(db: Database, userId: string, projectId: string | null): Promise<ImportTarget> {
  if (!projectId) {
    const [me] = await db.select({ userId: user.id, name: user.name }).from(user).where(eq(user.id, userId));
    return { existing: null, members: me ? [me] : [], sections: [] };
  }
  await requireProjectAccess(db, userId, projectId, "editTasks");
  const members = await db
    .select({ userId: projectMember.userId, name: user.name, projectName: project.name })
    .from(projectMember)
    .innerJoin(user, eq(user.id, projectMember.userId))
    .innerJoin(project, eq(project.id, projectMember.projectId))
    .where(eq(projectMember.projectId, projectId));
  const sections = await db
    .select({ id: section.id, name: section.name })
    .from(section)
    .where(eq(section.projectId, projectId))
    .orderBy(asc(section.position));
  return {
    existing: { id: projectId, name: members[0]?.projectName ?? "" },
    members: members.map(({ userId: id, name }) => ({ userId: id, name })),
    sections,
  };
}

/**
 * Each task's RESPONSIBLE as a member's id (names compared case-insensitively; a name two members share
 * matches nobody), and a problem for every name that matched no one: the task is imported unassigned.
 */
export function matchResponsible(
  plan: ImportPlan,
  members: ImportTarget["members"],
): { assignees: Map<string, string>; problems: ImportProblem[] } {
  const byName = new Map<string, string | null>();
  for (const member of members) {
    const key = member.name.trim().toLowerCase();
    byName.set(key, byName.has(key) ? null : member.userId);
  }
  const assignees = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const planned of plan.projects) {
    const where = plan.projects.length > 1 ? `${planned.file}: ` : "";
    for (const task of planned.tasks) {
      if (!task.responsible) continue;
      const found = byName.get(task.responsible.toLowerCase());
      if (found) {
        assignees.set(task.responsible.toLowerCase(), found);
      } else {
        problems.push({
          line: task.line,
          message: `${where}line ${task.line}: “${task.responsible}” is not ${found === null ? "one" : "a"} member of the project: left unassigned`,
        });
      }
    }
  }
  return { assignees, problems };
}
