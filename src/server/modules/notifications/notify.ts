import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { DEFAULT_EMAIL_KINDS, emailableKinds, type NotificationKind } from "@/lib/notifications";
import type { Database } from "@/server/db";
import { notification, notificationPreference } from "@/server/db/schema";

/** How much of a comment a notification keeps (the inbox's line, the email's quote). */
export const EXCERPT_LENGTH = 200;

export interface Notice {
  kind: NotificationKind;
  /** Who is told: the actor, nobody (null) and repeats are left out. */
  to: readonly (string | null | undefined)[];
  projectId?: string | null;
  taskId?: string | null;
  commentId?: string | null;
  /** The task's title or the project's name, as it is now. */
  subject: string;
  excerpt?: string | null;
}

const emailable = (kind: NotificationKind) => (emailableKinds as readonly string[]).includes(kind);

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

function rowsOf(actorId: string, notice: Notice): SQL[] {
  const recipients = [...new Set(notice.to)].filter((id): id is string => Boolean(id) && id !== actorId);
  const excerpt = notice.excerpt ? notice.excerpt.slice(0, EXCERPT_LENGTH) : null;
  return recipients.map(
    (recipient) =>
      sql`(${recipient}::uuid, ${notice.kind}::text, ${notice.projectId ?? null}::uuid, ${notice.taskId ?? null}::uuid,
        ${notice.commentId ?? null}::uuid, ${notice.subject}::text, ${excerpt}::text, ${emailable(notice.kind)}::boolean)`,
  );
}

/**
 * Tells the people changes concern, in the transaction that makes them, in one statement: a row for each
 * recipient of each notice, never for the person who made the change. A row is marked to be emailed when
 * its recipient chose that kind by email (deliverNotificationEmails sends it once the change is committed).
 */
export async function notify(tx: Database, actorId: string, notices: Notice | readonly Notice[]): Promise<void> {
  const rows = [notices].flat().flatMap((notice) => rowsOf(actorId, notice));
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into ${notification} (user_id, kind, actor_id, project_id, task_id, comment_id, subject, excerpt, email_pending)
    select told.user_id, told.kind, ${actorId}, told.project_id, told.task_id, told.comment_id, told.subject,
      told.excerpt,
      told.emailable and told.kind = any(coalesce(${notificationPreference.emailKinds}, ${textArray(DEFAULT_EMAIL_KINDS)}))
    from (values ${sql.join(rows, sql`, `)})
      as told(user_id, kind, project_id, task_id, comment_id, subject, excerpt, emailable)
    left join ${notificationPreference} on ${notificationPreference.userId} = told.user_id`);
}
