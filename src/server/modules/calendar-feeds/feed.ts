import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { isValidTimeZone } from "@/lib/dates";
import { taskPath } from "@/lib/task-url";
import { baseURL } from "@/server/auth/urls";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import { calendarFeed, project, projectMember, task, user } from "@/server/db/schema";
import { calendarDocument, type FeedTask } from "./ics";
import { hashFeedToken } from "./tokens";

// What a feed's address answers: the state behind a token (one statement, all a 304 needs), then the
// tasks themselves when the calendar app does not have them yet.

/** Bump when the document's shape changes, so every calendar refetches. */
const FORMAT_VERSION = "1";

/** A feed is for reading, not an export: the soonest this many dated tasks. */
export const FEED_TASKS_MAX = 5_000;

/**
 * The tasks a feed shows: open, dated, not trashed, that its owner can still see, by the app's one rule
 * (server/access: the Inbox its creator's alone, a project's tasks its members'). Without a project: the
 * owner's Inbox and every live project they are a member of (views across projects leave archived ones
 * out), else that project's while they are a member. `ownerId` and `projectId` may be the feed row's
 * columns (read in the same statement) or values. Written as three index ranges joined by OR (the
 * owner's Inbox, their live projects as an array, the one project), not a CASE, so the planner can read
 * each range from its partial index instead of scanning every task.
 */
function inFeed(ownerId: SQL, projectId: SQL): SQL {
  const liveProjects = sql`array(select m.project_id from ${projectMember} as m join ${project} as p on p.id = m.project_id
    where ${projectId} is null and m.user_id = ${ownerId} and p.archived_at is null)`;
  const memberOfProject = sql`exists (select 1 from ${projectMember} as m
    where m.project_id = ${projectId} and m.user_id = ${ownerId})`;
  const [projectOf, creator] = [qualified(task.projectId), qualified(task.userId)];
  return sql`${qualified(task.deletedAt)} is null and ${qualified(task.completedAt)} is null
    and ${qualified(task.dueDate)} is not null
    and ((${projectOf} is null and ${creator} = (case when ${projectId} is null then ${ownerId} end))
      or ${projectOf} = any(${liveProjects})
      or (${projectOf} = ${projectId} and ${memberOfProject}))`;
}

export type FeedState = {
  id: string;
  userId: string;
  projectId: string | null;
  timeZone: string;
  name: string;
  etag: string;
  /** When the content behind `etag` was first served: Last-Modified. */
  changedAt: Date;
  /** False when the content changed since it was last served (the row's tag and time need saving). */
  stored: boolean;
  lastUsedAt: Date | null;
};

/** The one statement behind {@link feedState} (exported for its query plan's test). */
export function feedStateQuery(db: Database, token: string) {
  const digest = sql<string>`(select count(*)::text || '.' ||
      coalesce(sum(hashtext(${qualified(task.id)}::text || (extract(epoch from ${qualified(task.updatedAt)}) * 1000)::bigint::text)), 0)::text
    from ${task} where ${inFeed(qualified(calendarFeed.userId), qualified(calendarFeed.projectId))})`;
  return (
    db
      .select({
        id: calendarFeed.id,
        userId: calendarFeed.userId,
        projectId: calendarFeed.projectId,
        contentTag: calendarFeed.contentTag,
        contentChangedAt: calendarFeed.contentChangedAt,
        lastUsedAt: calendarFeed.lastUsedAt,
        timeZone: user.timeZone,
        projectName: project.name,
        digest,
      })
      .from(calendarFeed)
      .innerJoin(user, eq(user.id, calendarFeed.userId))
      // The project's name only while the owner is a member: a project they left is not theirs to follow.
      .leftJoin(
        projectMember,
        and(eq(projectMember.projectId, calendarFeed.projectId), eq(projectMember.userId, calendarFeed.userId)),
      )
      .leftJoin(project, eq(project.id, projectMember.projectId))
      .where(eq(calendarFeed.tokenHash, hashFeedToken(token)))
  );
}

/**
 * The feed of a token, or null (unknown or revoked): its owner's zone, its project's name, and a digest of
 * its tasks (how many, and a hash of each one's id and last update), read in one statement.
 */
export async function feedState(db: Database, token: string, now = new Date()): Promise<FeedState | null> {
  const [row] = await feedStateQuery(db, token);
  if (!row) return null;
  const timeZone = row.timeZone && isValidTimeZone(row.timeZone) ? row.timeZone : "UTC";
  const name = row.projectId ? `Tasklane: ${row.projectName ?? "project"}` : "Tasklane";
  const etag = `"${createHash("sha256")
    .update([FORMAT_VERSION, baseURL, row.id, timeZone, name, row.digest].join("\n"))
    .digest("base64url")
    .slice(0, 27)}"`;
  const stored = row.contentTag === etag && row.contentChangedAt !== null;
  return {
    id: row.id,
    userId: row.userId,
    projectId: row.projectId,
    timeZone,
    name,
    etag,
    changedAt:
      stored && row.contentChangedAt ? row.contentChangedAt : new Date(Math.floor(now.getTime() / 1000) * 1000),
    stored,
    lastUsedAt: row.lastUsedAt,
  };
}

/** The feed's iCalendar text: one statement for its tasks, soonest first. */
export async function feedDocument(db: Database, state: FeedState, now = new Date()): Promise<string> {
  const rows = await db
    .select({
      id: task.id,
      title: task.title,
      description: task.description,
      dueDate: task.dueDate,
      dueTime: task.dueTime,
      recurrenceRule: task.recurrenceRule,
      recurrenceFrom: task.recurrenceFrom,
      occurrencesCompleted: task.occurrencesCompleted,
      updatedAt: task.updatedAt,
    })
    .from(task)
    .where(inFeed(sql`${state.userId}::uuid`, sql`${state.projectId}::uuid`))
    .orderBy(asc(task.dueDate), asc(task.dueTime), asc(task.id))
    .limit(FEED_TASKS_MAX);
  const tasks: FeedTask[] = rows.flatMap(({ dueDate, ...row }) =>
    dueDate ? [{ ...row, dueDate, url: new URL(taskPath(row.id), baseURL).toString() }] : [],
  );
  return calendarDocument({ name: state.name, timeZone: state.timeZone, tasks, now });
}

/** How often "last used" is written: calendar apps poll every few minutes to every few hours. */
const LAST_USED_PRECISION_MS = 15 * 60_000;

/** Saves what was served (a new tag and its time) and when the feed was used, when either is stale. */
export async function recordFeedUse(db: Database, state: FeedState, now = new Date()): Promise<void> {
  const usedRecently = state.lastUsedAt && now.getTime() - state.lastUsedAt.getTime() < LAST_USED_PRECISION_MS;
  if (state.stored && usedRecently) return;
  await db
    .update(calendarFeed)
    .set({
      lastUsedAt: now,
      ...(state.stored ? {} : { contentTag: state.etag, contentChangedAt: state.changedAt }),
    })
    .where(eq(calendarFeed.id, state.id));
}
