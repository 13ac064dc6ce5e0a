import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { REMINDER_DEFAULT_TIME } from "@/lib/schemas/reminder-limits";
import type { Database } from "@/server/db";

/** The instant a due date (+ time, else 09:00) means in the owner's zone `u.time_zone`. */
const dueInstant = (date: SQL, time: SQL) =>
  sql`((${date})::date + coalesce((${time})::time, ${REMINDER_DEFAULT_TIME}::time))::timestamp at time zone u.time_zone`;

/**
 * The one place reminders follow their task: recomputes `next_at` of the matching reminders (relative:
 * the due instant minus the offset; absolute: `remind_at`) and re-arms (`sent_at` null) each whose
 * instant changed to one still ahead. Called whenever a due date, a due time or the user's zone changes.
 */
async function recompute(tx: Database, which: SQL) {
  const rearmed = sql`computed.next_at is distinct from reminder.next_at and computed.next_at > now()`;
  await tx.execute(sql`
    update reminder set
      next_at = computed.next_at,
      -- Re-armed only for a future instant: a change that lands in the past must not send again.
      sent_at = case when ${rearmed} then null else reminder.sent_at end,
      -- A re-armed reminder is a new one: a run delivering the old instant loses its claim (and cannot
      -- settle the new one), and earlier failures no longer count.
      claim_id = case when ${rearmed} then null else reminder.claim_id end,
      locked_until = case when ${rearmed} then null else reminder.locked_until end,
      attempts = case when ${rearmed} then 0 else reminder.attempts end
    from (
      select r.id,
        case
          when r.kind = 'absolute' then r.remind_at
          when t.due_date is null then null
          else ${dueInstant(sql`t.due_date`, sql`t.due_time`)} - make_interval(mins => r.minutes_before)
        end as next_at
      from reminder r
      join task t on t.id = r.task_id
      join "user" u on u.id = r.user_id
      where ${which}
    ) computed
    where reminder.id = computed.id`);
}

/** After a task's due date or time changed (task.update, undoing a completion). */
export function rearmTaskReminders(tx: Database, taskId: string) {
  return recompute(tx, sql`r.task_id = ${taskId}`);
}

/** After many tasks' due dates changed at once (the scheduler's bulk action): one statement. */
export function rearmRemindersOfTasks(tx: Database, taskIds: readonly string[]) {
  if (taskIds.length === 0) return Promise.resolve();
  return recompute(
    tx,
    sql`r.task_id in (${sql.join(
      taskIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
}

/** After the user's time zone changed: the same wall-clock times are other instants now. */
export function rearmUserReminders(tx: Database, userId: string) {
  return recompute(tx, sql`r.user_id = ${userId} and r.kind = 'relative'`);
}

/**
 * A repeating task moved on to its next occurrence (or back, on undo): its absolute reminders move by as much as its
 * due instant did (a reminder the evening before stays the evening before), then all are re-armed.
 */
export async function moveRemindersWithDueDate(
  tx: Database,
  taskId: string,
  previous: { dueDate: string; dueTime: string | null },
) {
  await tx.execute(sql`
    update reminder r set
      remind_at = r.remind_at + (
        ${dueInstant(sql`t.due_date`, sql`t.due_time`)} - ${dueInstant(sql`${previous.dueDate}`, sql`${previous.dueTime}`)}
      )
    from task t, "user" u
    where r.task_id = ${taskId} and t.id = r.task_id and u.id = r.user_id
      and r.kind = 'absolute' and t.due_date is not null`);
  await rearmTaskReminders(tx, taskId);
}
