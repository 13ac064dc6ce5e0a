import "server-only";
import { eq } from "drizzle-orm";
import { section } from "@/server/db/schema";
import type { ManualOrder, OrderScope } from "@/server/manual-order";

/** The sections' manual order: each project's sections have their own keys and their own lock. */
export const sectionOrder: ManualOrder = {
  noun: "section",
  table: section,
  id: section.id,
  position: section.position,
};

/** One project's sections: only they can be named as neighbours. Access to the project is checked before. */
export function sectionsOf(projectId: string): OrderScope {
  const rows = eq(section.projectId, projectId);
  return { lock: `section-position:${projectId}`, rows, nameable: rows };
}
