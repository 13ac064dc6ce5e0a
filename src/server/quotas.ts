import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { calendarFeed, conversation, label, personalAccessToken, project, task } from "@/server/db/schema";
import { forbidden } from "@/server/domain-errors";

/**
 * How many rows of each kind one user may keep: far more than a person makes, there to stop a script from
 * filling the database. Trashed tasks count until the trash is emptied. (Push subscriptions are capped by the
 * push module, which drops a user's oldest.)
 */
export const ROW_QUOTAS = {
  tasks: 50_000,
  projects: 500,
  labels: 1_000,
  accessTokens: 50,
  conversations: 1_000,
  calendarFeeds: 50,
} as const;

export type QuotaKind = keyof typeof ROW_QUOTAS;

const ROWS = {
  tasks: { table: task, owner: task.userId, name: "tasks", remedy: "Delete some, or empty the trash, first." },
  projects: { table: project, owner: project.userId, name: "projects", remedy: "Delete one you no longer use first." },
  labels: { table: label, owner: label.userId, name: "labels", remedy: "Delete or merge some first." },
  accessTokens: {
    table: personalAccessToken,
    owner: personalAccessToken.userId,
    name: "API tokens",
    remedy: "Revoke one you no longer use first.",
  },
  conversations: {
    table: conversation,
    owner: conversation.userId,
    name: "conversations",
    remedy: "Delete some you no longer need first.",
  },
  calendarFeeds: {
    table: calendarFeed,
    owner: calendarFeed.userId,
    name: "calendar feeds",
    remedy: "Revoke one you no longer use first.",
  },
} as const;

/**
 * Refuses (FORBIDDEN, naming the limit) a create that would take the user past their quota of `kind`.
 * Call it inside the create's transaction, before the insert: it takes a per-user lock for that kind, held
 * until commit, so concurrent creates count one after the other and none slips past the limit.
 */
export async function assertWithinQuota(tx: Database, userId: string, kind: QuotaKind): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`quota:${kind}:${userId}`}, 0))`);
  const { table, owner, name, remedy } = ROWS[kind];
  const total = await tx.$count(table, eq(owner, userId));
  const quota = ROW_QUOTAS[kind];
  if (total >= quota) {
    throw forbidden(`You have reached the limit of ${quota.toLocaleString("en")} ${name}. ${remedy}`);
  }
}
