import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { projectLayouts, projectRoles } from "../../../lib/project-roles";
import { user } from "./auth";
import { byteOrderedText, timestamps } from "./columns";
import { project } from "./projects";

/**
 * Who is in a project, with which role. Every project has at least one owner (its creator at first);
 * access to a project and everything in it is decided by this table (see server/access).
 */
export const projectMember = pgTable(
  "project_member",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: projectRoles }).notNull(),
    /** Fractional index: where this member keeps the project in their sidebar (each member orders their own). */
    position: byteOrderedText("position").notNull(),
    /** How this member looks at the project: its list or its board (each member chooses their own). */
    layout: text("layout", { enum: projectLayouts }).notNull().default("list"),
    /** The project's sections this member keeps collapsed in the list (ids of sections since deleted are ignored). */
    collapsedSectionIds: uuid("collapsed_section_ids").array().notNull().default(sql`'{}'::uuid[]`),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.userId] }),
    check("project_member_role", sql`${table.role} in (${sql.raw(projectRoles.map((r) => `'${r}'`).join(", "))})`),
    check(
      "project_member_layout",
      sql`${table.layout} in (${sql.raw(projectLayouts.map((l) => `'${l}'`).join(", "))})`,
    ),
    // A member's sidebar in order (the unique index serves it), and no two of their projects at one key.
    unique("project_member_user_position_unique").on(table.userId, table.position),
  ],
);

export type ProjectMemberRow = typeof projectMember.$inferSelect;
