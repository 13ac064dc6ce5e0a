import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { project, projectMember, task } from "@/server/db/schema";

/** Who inherits a project: an owner first, then an editor, then a viewer; the longest-standing of them. */
const inheritanceOrder = sql`case ${projectMember.role} when 'owner' then 0 when 'editor' then 1 else 2 end`;

/**
 * Takes a user out of every project before their account goes, losing nobody else's data: a project
 * where they were alone goes with them; one where they were the only owner passes to the member who has
 * been in it longest (an editor before a viewer); the tasks they created in a project that stays pass to
 * its heir, and no project names them as its creator any more.
 */
export async function leaveAllProjects(tx: Database, userId: string): Promise<void> {
  const memberships = await tx
    .select({ projectId: projectMember.projectId })
    .from(projectMember)
    .where(eq(projectMember.userId, userId))
    .for("update");
  for (const { projectId } of memberships) {
    const [heir] = await tx
      .select({ userId: projectMember.userId, role: projectMember.role })
      .from(projectMember)
      .where(and(eq(projectMember.projectId, projectId), ne(projectMember.userId, userId)))
      .orderBy(inheritanceOrder, asc(projectMember.createdAt))
      .limit(1)
      .for("update");
    if (!heir) {
      await tx.delete(project).where(eq(project.id, projectId));
      continue;
    }
    if (heir.role !== "owner") {
      await tx
        .update(projectMember)
        .set({ role: "owner" })
        .where(and(eq(projectMember.projectId, projectId), eq(projectMember.userId, heir.userId)));
    }
    await passOn(tx, projectId, userId, heir.userId);
  }
  // Projects they created but had left stay with their members: only the creator column still names them.
  const created = await tx.select({ id: project.id }).from(project).where(eq(project.userId, userId));
  if (created.length === 0) return;
  const owners = await tx
    .select({ projectId: projectMember.projectId, userId: projectMember.userId })
    .from(projectMember)
    .where(
      and(
        inArray(
          projectMember.projectId,
          created.map((row) => row.id),
        ),
        eq(projectMember.role, "owner"),
      ),
    );
  for (const owner of owners) await passOn(tx, owner.projectId, userId, owner.userId);
}

/** The project, and the tasks `from` created in it, now name `to` (keys are per project: none collide). */
async function passOn(tx: Database, projectId: string, from: string, to: string) {
  await tx
    .update(project)
    .set({ userId: to })
    .where(and(eq(project.id, projectId), eq(project.userId, from)));
  await tx
    .update(task)
    .set({ userId: to })
    .where(and(eq(task.projectId, projectId), eq(task.userId, from)));
}
