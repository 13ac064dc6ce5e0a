import "server-only";
import { eq } from "drizzle-orm";
import { projectMember } from "@/server/db/schema";
import type { ManualOrder, OrderScope } from "@/server/manual-order";

/** Each member orders the projects in their own sidebar: the keys live on their memberships. */
export const sidebarOrder: ManualOrder = {
  noun: "project",
  table: projectMember,
  id: projectMember.projectId,
  position: projectMember.position,
};

/** One member's sidebar: a project joining it (created, or shared with them) goes after its keys. */
export const sidebarOf = (userId: string): OrderScope => ({
  lock: `project-position:${userId}`,
  rows: eq(projectMember.userId, userId),
  nameable: eq(projectMember.userId, userId),
});
