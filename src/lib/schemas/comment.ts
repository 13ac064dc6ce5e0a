import { z } from "zod/mini";
import { taskId } from "./task";

export const COMMENT_BODY_MAX = 10_000;

export const commentId = z.uuid({ error: "Not a comment id." });

/** Plain text with the app's Markdown subset, as task descriptions. */
export const commentBody = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Write something first."),
    z.maxLength(COMMENT_BODY_MAX, `Use at most ${COMMENT_BODY_MAX.toLocaleString("en")} characters.`),
  );

export const listCommentsInput = z.strictObject({ taskId });
export const createCommentInput = z.strictObject({
  /** Optional client-made id, so an optimistic comment keeps its identity once saved. */
  id: z.optional(commentId),
  taskId,
  body: commentBody,
});
export const updateCommentInput = z.strictObject({ id: commentId, body: commentBody });
export const commentIdInput = z.strictObject({ id: commentId });
