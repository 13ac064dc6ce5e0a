import { sql } from "drizzle-orm";
import { check, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { invitableRoles, shareLinkRoles } from "../../../lib/project-roles";
import { user } from "./auth";
import { timestamps, timestamptz } from "./columns";
import { project } from "./projects";

const roleCheck = (column: unknown, roles: readonly string[]) =>
  sql`${column} in (${sql.raw(roles.map((role) => `'${role}'`).join(", "))})`;

/**
 * An owner's invitation of an email address into a project, pending until it is accepted, declined or
 * revoked (each deletes it) or it expires. The emailed link carries the token; only its SHA-256 is kept.
 */
export const projectInvitation = pgTable(
  "project_invitation",
  {
    id: uuid("id").defaultRandom().primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    /** Lower-cased; matched against the verified email of whoever accepts. */
    email: text("email").notNull(),
    role: text("role", { enum: invitableRoles }).notNull(),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamptz("expires_at").notNull(),
    ...timestamps,
  },
  (table) => [
    check("project_invitation_role", roleCheck(table.role, invitableRoles)),
    // One pending invitation per address and project: inviting again refreshes it.
    unique("project_invitation_project_email_unique").on(table.projectId, table.email),
    unique("project_invitation_token_hash_unique").on(table.tokenHash),
    // The invitee's pending invitations (invitation.list) and the inviter's (export, rate limit).
    index("project_invitation_email_idx").on(table.email),
    index("project_invitation_invited_by_idx").on(table.invitedBy, table.createdAt),
  ],
);

/** A project's share link (at most one): whoever opens it signed in joins with its role. Only the token's hash is kept. */
export const projectShareLink = pgTable(
  "project_share_link",
  {
    projectId: uuid("project_id")
      .primaryKey()
      .references(() => project.id, { onDelete: "cascade" }),
    role: text("role", { enum: shareLinkRoles }).notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (table) => [
    check("project_share_link_role", roleCheck(table.role, shareLinkRoles)),
    unique("project_share_link_token_hash_unique").on(table.tokenHash),
  ],
);

export type ProjectInvitationRow = typeof projectInvitation.$inferSelect;
