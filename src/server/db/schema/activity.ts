import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { timestamptz } from "./columns";
import { task } from "./tasks";

export const activityKinds = [
  "created",
  "updated",
  "moved",
  "completed",
  "uncompleted",
  "deleted",
  "restored",
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** One changed field: the value before and after (JSON, as the database rendered it). */
export type FieldChange = { from: unknown; to: unknown };

/**
 * A task's history. Written by the `task_activity_log` trigger (migration 0002), so every
 * write path — single, bulk, undo — is logged in the same statement that makes the change.
 */
export const taskActivity = pgTable(
  "task_activity",
  {
    // A sequence, not a uuid: events of one transaction share `created_at`, and the history needs their order.
    id: bigserial("id", { mode: "number" }).primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => task.id, { onDelete: "cascade" }),
    /** Who made the change (null once their account is deleted: "Deleted user"). */
    userId: uuid("user_id").references(() => user.id, { onDelete: "set null" }),
    kind: text("kind", { enum: activityKinds }).notNull(),
    changes: jsonb("changes").$type<Record<string, FieldChange>>().notNull().default({}),
    createdAt: timestamptz("created_at").defaultNow().notNull(),
    /**
     * On a completed occurrence only (kind "completed" with the due date moving on): the task's creator, kept
     * by triggers (migration 0028: set on insert, and follows the task when it passes to an heir), so that
     * Completed reads a user's own occurrences from an index of theirs, not through everyone's. Null on
     * every other row.
     */
    taskCreatorId: uuid("task_creator_id"),
    /**
     * On a completed occurrence only: its task's project (null in an Inbox), kept as the creator is (migration
     * 0030: set on insert, and follows the task to another project), so that Completed reads the occurrences
     * of others' tasks in a shared project from that project's range, not through everyone's.
     */
    taskProjectId: uuid("task_project_id"),
  },
  (table) => [
    check("task_activity_kind", sql`${table.kind} in (${sql.raw(activityKinds.map((k) => `'${k}'`).join(", "))})`),
    index("task_activity_task_idx").on(table.taskId, table.id),
    // Completed lists a repeating task's completions (its due date moved on) newest first, by keyset: the
    // user's own tasks' from the first, others' tasks' in a shared project from the second, a range per
    // project. Only occurrence rows name a creator and a project, so the predicates are those.
    index("task_activity_creator_occurrence_idx")
      .on(table.taskCreatorId, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.taskCreatorId} is not null`),
    index("task_activity_project_occurrence_idx")
      .on(table.taskProjectId, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.taskProjectId} is not null`),
    // Whether an occurrence's completion was undone later: that task's "uncompleted" rows after it (few).
    index("task_activity_uncompleted_idx").on(table.taskId, table.id).where(sql`${table.kind} = 'uncompleted'`),
  ],
);

export type TaskActivityRow = typeof taskActivity.$inferSelect;
