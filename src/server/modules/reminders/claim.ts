import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/server/db";

/** How long a run holds a claimed reminder: well past its deadline and its last send's timeout. */
const CLAIM_LEASE_SECONDS = 5 * 60;
/** Attempts at one instant before giving up on it (logged); waits 5, 10, 20, 40 minutes in between. */
export const REMINDER_ATTEMPTS_MAX = 5;
const RETRY_FIRST_WAIT_MINUTES = 5;

export interface ClaimedReminder extends Record<string, unknown> {
  id: string;
  task_id: string;
  user_id: string;
  attempts: number;
  title: string;
  email: string;
  email_verified: boolean;
  name: string;
  /** false: the task was completed or trashed meanwhile; the reminder is settled without a send. */
  deliver: boolean;
}

/**
 * Leases up to `limit` due reminders to the run `claimId`. `FOR UPDATE SKIP LOCKED` leaves rows another
 * run is claiming to that run, and the outer `where`, rechecked on the locked row, drops rows claimed
 * meanwhile, so overlapping runs never hold one reminder at once. A lease that was never settled (the run
 * died) expires after CLAIM_LEASE_SECONDS and the reminder is claimed again.
 */
export async function claimDueReminders(db: Database, claimId: string, limit: number): Promise<ClaimedReminder[]> {
  const claimable = sql`sent_at is null and next_at <= now() and (locked_until is null or locked_until <= now())`;
  const result = await db.execute<ClaimedReminder>(sql`
    with claimed as (
      update reminder set claim_id = ${claimId}, locked_until = now() + make_interval(secs => ${CLAIM_LEASE_SECONDS})
      where id in (
        select id from reminder
        where ${claimable}
        order by next_at
        limit ${limit}
        for update skip locked
      ) and ${claimable}
      returning id, task_id, user_id, attempts
    )
    select c.id, c.task_id, c.user_id, c.attempts, t.title, u.email, u.email_verified, u.name,
      (t.completed_at is null and t.deleted_at is null) as deliver
    from claimed c
    join task t on t.id = c.task_id
    join "user" u on u.id = c.user_id`);
  return result.rows;
}

const heldBy = (claimId: string, ids: readonly string[]) =>
  sql`id in (${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}) and claim_id = ${claimId}`;

/**
 * Settles reminders for their current instant (`sent_at`); `delivered` ones also get `last_sent_at`.
 * Only while the run still holds them: a reminder re-armed meanwhile (its task moved) lost the claim
 * (reminders/rearm.ts) and stays armed for its new instant.
 */
export async function settleReminders(db: Database, claimId: string, ids: readonly string[], delivered: boolean) {
  if (!ids.length) return;
  await db.execute(sql`
    update reminder set sent_at = now(), claim_id = null, locked_until = null,
      last_sent_at = ${delivered ? sql`now()` : sql`last_sent_at`}
    where ${heldBy(claimId, ids)}`);
}

/** Hands reminders the run did not get to (its deadline) back at once, for the next run. */
export async function releaseReminders(db: Database, claimId: string, ids: readonly string[]) {
  if (!ids.length) return;
  await db.execute(sql`update reminder set claim_id = null, locked_until = null where ${heldBy(claimId, ids)}`);
}

/**
 * A reminder whose every send failed: tried again after a back-off that doubles, or, at the last
 * attempt, settled undelivered. Answers whether it will be retried.
 */
export async function retryLater(db: Database, claimId: string, id: string): Promise<boolean> {
  const result = await db.execute<{ retrying: boolean }>(sql`
    update reminder set
      claim_id = null,
      attempts = attempts + 1,
      sent_at = case when attempts + 1 >= ${REMINDER_ATTEMPTS_MAX} then now() end,
      locked_until = case when attempts + 1 < ${REMINDER_ATTEMPTS_MAX}
        then now() + make_interval(mins => ${RETRY_FIRST_WAIT_MINUTES} * power(2, attempts)::int) end
    where ${heldBy(claimId, [id])}
    returning sent_at is null as retrying`);
  return result.rows[0]?.retrying ?? false;
}
