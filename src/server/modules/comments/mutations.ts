import "server-only";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod/mini";
import { roleAllows } from "@/lib/project-roles";
import type { createCommentInput, updateCommentInput } from "@/lib/schemas/comment";
import { requireTask, roleOverTaskId } from "@/server/access/task-access";
import type { Database } from "@/server/db";
import { comment } from "@/server/db/schema";
import { conflict, forbidden } from "@/server/domain-errors";
import { tellAboutComment } from "./notices";
import { commentById, commentForWrite } from "./queries";

export const ONLY_AUTHOR_EDITS = "Only its author can edit a comment.";
export const ONLY_AUTHOR_OR_OWNER_DELETES = "Only its author or an owner of the project can delete a comment.";

/** A comment on a task the user may edit (an editor or owner; their own Inbox task). */
export async function createComment(db: Database, userId: string, input: z.output<typeof createCommentInput>) {
  const id = await db.transaction(async (tx) => {
    const about = await requireTask(tx, userId, input.taskId, "editTasks");
    const [inserted] = await tx
      .insert(comment)
      .values({ id: input.id, taskId: input.taskId, authorId: userId, body: input.body })
      .onConflictDoNothing({ target: comment.id })
      .returning({ id: comment.id });
    if (!inserted) throw conflict("That comment id is already taken.");
    await tellAboutComment(tx, userId, about, { id: inserted.id, body: input.body });
    return inserted.id;
  });
  return commentById(db, userId, id);
}

/** Its author rewrites a comment, while they may still comment on the task. */
export async function updateComment(db: Database, userId: string, input: z.output<typeof updateCommentInput>) {
  await db.transaction(async (tx) => {
    const found = await commentForWrite(tx, userId, input.id);
    if (found.authorId !== userId) throw forbidden(ONLY_AUTHOR_EDITS);
    const about = await requireTask(tx, userId, found.taskId, "editTasks");
    await tx.update(comment).set({ body: input.body, updatedAt: sql`now()` }).where(eq(comment.id, input.id));
    await tellAboutComment(tx, userId, about, { id: input.id, body: input.body, previousBody: found.body });
  });
  return commentById(db, userId, input.id);
}

/** Its author deletes a comment, or an owner of the task's project does. */
export async function deleteComment(db: Database, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const found = await commentForWrite(tx, userId, id);
    if (found.authorId !== userId) {
      const role = await roleOverTaskId(tx, userId, found.taskId);
      if (!role || !roleAllows(role, "manage")) throw forbidden(ONLY_AUTHOR_OR_OWNER_DELETES);
    }
    await tx.delete(comment).where(eq(comment.id, id));
    return { id };
  });
}
