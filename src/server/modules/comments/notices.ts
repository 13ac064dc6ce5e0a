import "server-only";
import { eq } from "drizzle-orm";
import { findMentions } from "@/lib/mentions";
import type { Database } from "@/server/db";
import { projectMember, user } from "@/server/db/schema";
import { notify } from "@/server/modules/notifications/notify";

interface CommentedTask {
  id: string;
  title: string;
  projectId: string | null;
  /** The task's creator. */
  userId: string;
  assigneeId: string | null;
}

function membersOf(tx: Database, projectId: string) {
  return tx
    .select({ userId: projectMember.userId, name: user.name })
    .from(projectMember)
    .innerJoin(user, eq(user.id, projectMember.userId))
    .where(eq(projectMember.projectId, projectId));
}

/**
 * Tells the members a comment names with `@Name` (only those not named in its previous words, for an
 * edit) and, for a new comment, the task's creator and assignee while they are members. Someone mentioned
 * is told once, as mentioned. An Inbox task is nobody else's news.
 */
export async function tellAboutComment(
  tx: Database,
  actorId: string,
  about: CommentedTask,
  said: { id: string; body: string; previousBody?: string },
): Promise<void> {
  if (!about.projectId) return;
  const members = await membersOf(tx, about.projectId);
  const mentioned = findMentions(said.body, members);
  const mentionedBefore = new Set(said.previousBody === undefined ? [] : findMentions(said.previousBody, members));
  const memberIds = new Set(members.map((member) => member.userId));
  const followers =
    said.previousBody === undefined
      ? [about.userId, about.assigneeId].filter((id) => id !== null && memberIds.has(id) && !mentioned.includes(id))
      : [];
  const common = {
    projectId: about.projectId,
    taskId: about.id,
    commentId: said.id,
    subject: about.title,
    excerpt: said.body,
  };
  await notify(tx, actorId, [
    { ...common, kind: "mentioned", to: mentioned.filter((id) => !mentionedBefore.has(id)) },
    { ...common, kind: "commented", to: followers },
  ]);
}
