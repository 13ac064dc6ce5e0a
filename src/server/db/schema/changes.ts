import { sql } from "drizzle-orm";
import { bigserial, check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { changeEntities, changeOps } from "../../../lib/change-feed";
import { timestamptz } from "./columns";

/**
 * The change feed: one row per changed task, project, membership or label, appended by triggers
 * (migration `*_change_feed`) in the transaction that makes the change, and announced with
 * `pg_notify('tasklane_changes', seq)`. Who may read a row: `user_id` (their private thing: an Inbox
 * task, a label, their own membership), or the members of `project_id`. No foreign keys: a row outlives
 * what it describes (a deletion is news too). Pruned daily (`pruneChanges`).
 */
export const change = pgTable(
  "change",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    entity: text("entity", { enum: changeEntities }).notNull(),
    entityId: uuid("entity_id").notNull(),
    projectId: uuid("project_id"),
    userId: uuid("user_id"),
    op: text("op", { enum: changeOps }).notNull(),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
  },
  (table) => [
    check("change_entity", sql`${table.entity} in (${sql.raw(changeEntities.map((e) => `'${e}'`).join(", "))})`),
    check("change_op", sql`${table.op} in (${sql.raw(changeOps.map((o) => `'${o}'`).join(", "))})`),
    // "Rows after seq N that user U may see": their own rows, and each of their projects' rows.
    index("change_user_seq_idx").on(table.userId, table.seq).where(sql`${table.userId} is not null`),
    index("change_project_seq_idx").on(table.projectId, table.seq).where(sql`${table.projectId} is not null`),
    index("change_created_at_idx").on(table.createdAt),
  ],
);

export type ChangeRow = typeof change.$inferSelect;
