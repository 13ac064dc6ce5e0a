import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { calendarFeed, project, projectMember } from "@/server/db/schema";

/** What a feed is listed by: never its hash. */
export const listedFeedColumns = {
  id: calendarFeed.id,
  projectId: calendarFeed.projectId,
  lastCharacters: calendarFeed.lastCharacters,
  lastUsedAt: calendarFeed.lastUsedAt,
  createdAt: calendarFeed.createdAt,
};

/**
 * The user's feeds, newest first, each with its project's name while they can still see the project
 * (`projectName` null with a `projectId`: they left it, and the feed is empty).
 */
export function listCalendarFeeds(db: Database, userId: string) {
  return db
    .select({ ...listedFeedColumns, projectName: project.name })
    .from(calendarFeed)
    .leftJoin(projectMember, and(eq(projectMember.projectId, calendarFeed.projectId), eq(projectMember.userId, userId)))
    .leftJoin(project, eq(project.id, projectMember.projectId))
    .where(eq(calendarFeed.userId, userId))
    .orderBy(desc(calendarFeed.createdAt), desc(calendarFeed.id));
}
