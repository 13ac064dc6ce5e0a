import "server-only";
import { and, eq } from "drizzle-orm";
import type { ProjectRole } from "@/lib/project-roles";
import type { Database } from "@/server/db";
import { project, projectMember } from "@/server/db/schema";
import { forbidden } from "@/server/domain-errors";
import { keyAtEnd, withOrderLock } from "@/server/manual-order";
import { notify } from "@/server/modules/notifications/notify";
import { sidebarOf, sidebarOrder } from "@/server/modules/projects/sidebar-order";

export interface LockedMember {
  userId: string;
  role: ProjectRole;
}

/**
 * The project's members, their rows locked until the transaction ends: changes of roles and departures
 * run one after the other, so two owners demoting each other at once cannot leave the project without one.
 */
export function lockMembers(tx: Database, projectId: string): Promise<LockedMember[]> {
  return tx
    .select({ userId: projectMember.userId, role: projectMember.role })
    .from(projectMember)
    .where(eq(projectMember.projectId, projectId))
    .orderBy(projectMember.userId)
    .for("update");
}

export const LAST_OWNER_MESSAGE =
  "A project needs at least one owner: make someone else owner first, or delete the project.";

/** Refuses a change that would leave no owner once `userId` stops being one. */
export function assertAnotherOwner(members: readonly LockedMember[], userId: string): void {
  const others = members.filter((member) => member.role === "owner" && member.userId !== userId);
  if (others.length === 0) throw forbidden(LAST_OWNER_MESSAGE);
}

/**
 * Makes the user a member with `role`, last in their sidebar, and tells the project's owners; nothing
 * changes if they already are one.
 */
export function addMember(db: Database, userId: string, projectId: string, role: ProjectRole): Promise<void> {
  return withOrderLock(db, sidebarOf(userId), async (tx) => {
    const joined = await tx
      .insert(projectMember)
      .values({ projectId, userId, role, position: await keyAtEnd(tx, sidebarOrder, sidebarOf(userId)) })
      .onConflictDoNothing({ target: [projectMember.projectId, projectMember.userId] })
      .returning({ userId: projectMember.userId });
    if (joined.length > 0) await tellOwnersOfJoin(tx, userId, projectId);
  });
}

async function tellOwnersOfJoin(tx: Database, userId: string, projectId: string) {
  const owners = await tx
    .select({ userId: projectMember.userId, projectName: project.name })
    .from(projectMember)
    .innerJoin(project, eq(project.id, projectMember.projectId))
    .where(and(eq(projectMember.projectId, projectId), eq(projectMember.role, "owner")));
  const projectName = owners[0]?.projectName;
  if (projectName === undefined) return;
  await notify(tx, userId, {
    kind: "joined",
    to: owners.map((owner) => owner.userId),
    projectId,
    subject: projectName,
  });
}
