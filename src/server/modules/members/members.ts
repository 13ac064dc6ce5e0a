import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import type { memberInput, setRoleInput } from "@/lib/schemas/members";
import { decide, requireProjectAccess } from "@/server/access/project-access";
import type { Database } from "@/server/db";
import { projectMember, user } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { forgetProjectNotifications } from "@/server/modules/notifications/mutations";
import { unassignFromProject } from "@/server/modules/tasks/assignees";
import { assertAnotherOwner, type LockedMember, lockMembers } from "./membership";

/** Owners first, then editors, then viewers; by name within a role. */
const roleRank = sql`case ${projectMember.role} when 'owner' then 0 when 'editor' then 1 else 2 end`;

/** Who is in the project, for any of its members. */
export async function listMembers(db: Database, userId: string, projectId: string) {
  await requireProjectAccess(db, userId, projectId, "read");
  return db
    .select({ userId: projectMember.userId, name: user.name, email: user.email, role: projectMember.role })
    .from(projectMember)
    .innerJoin(user, eq(user.id, projectMember.userId))
    .where(eq(projectMember.projectId, projectId))
    .orderBy(roleRank, asc(user.name), asc(user.id));
}

function memberNamed(members: readonly LockedMember[], userId: string): LockedMember {
  const found = members.find((member) => member.userId === userId);
  if (!found) throw notFound({ message: "That person is not a member of this project." });
  return found;
}

/** Someone out of a project is no longer assigned any of its tasks either. */
async function deleteMembership(tx: Database, projectId: string, userId: string) {
  await tx.delete(projectMember).where(and(eq(projectMember.projectId, projectId), eq(projectMember.userId, userId)));
  await unassignFromProject(tx, projectId, userId);
  await forgetProjectNotifications(tx, projectId, userId);
}

/** An owner changes a member's role (their own too, while another owner remains). */
export function setRole(db: Database, userId: string, input: z.output<typeof setRoleInput>) {
  return db.transaction(async (tx) => {
    const members = await lockMembers(tx, input.projectId);
    decide(members.find((member) => member.userId === userId)?.role, "manage");
    const target = memberNamed(members, input.userId);
    if (target.role === "owner" && input.role !== "owner") assertAnotherOwner(members, target.userId);
    await tx
      .update(projectMember)
      .set({ role: input.role })
      .where(and(eq(projectMember.projectId, input.projectId), eq(projectMember.userId, input.userId)));
    return { userId: input.userId, role: input.role };
  });
}

/** An owner removes a member (another owner too, but never the last one). */
export function removeMember(db: Database, userId: string, input: z.output<typeof memberInput>) {
  return db.transaction(async (tx) => {
    const members = await lockMembers(tx, input.projectId);
    decide(members.find((member) => member.userId === userId)?.role, "manage");
    const target = memberNamed(members, input.userId);
    if (target.role === "owner") assertAnotherOwner(members, target.userId);
    await deleteMembership(tx, input.projectId, input.userId);
    return { userId: input.userId };
  });
}

/** Any member leaves; the last owner cannot. */
export function leaveProject(db: Database, userId: string, projectId: string) {
  return db.transaction(async (tx) => {
    const members = await lockMembers(tx, projectId);
    const role = decide(members.find((member) => member.userId === userId)?.role, "read");
    if (role === "owner") assertAnotherOwner(members, userId);
    await deleteMembership(tx, projectId, userId);
    return { projectId };
  });
}
