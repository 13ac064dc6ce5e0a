import "server-only";
import { eq } from "drizzle-orm";
import { projectMember } from "@/server/db/schema";
import type { ManualOrder } from "@/server/manual-order";

/** Each member's sidebar order: their memberships' keys, under a per-user lock, like tasks'. */
export const sidebarOrder: ManualOrder = {
  noun: "project",
  table: projectMember,
  id: projectMember.projectId,
  userId: projectMember.userId,
  position: projectMember.position,
  nameable: (userId) => eq(projectMember.userId, userId),
};
