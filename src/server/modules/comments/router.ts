import "server-only";
import { commentIdInput, createCommentInput, listCommentsInput, updateCommentInput } from "@/lib/schemas/comment";
import { notifyingProcedure } from "@/server/modules/notifications/procedure";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createComment, deleteComment, updateComment } from "./mutations";
import { listComments } from "./queries";

export const commentRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listCommentsInput)
    .query(({ ctx, input }) => listComments(ctx.db, ctx.user.id, input.taskId)),

  create: notifyingProcedure
    .input(createCommentInput)
    .mutation(({ ctx, input }) => createComment(ctx.db, ctx.user.id, input)),

  update: notifyingProcedure
    .input(updateCommentInput)
    .mutation(({ ctx, input }) => updateComment(ctx.db, ctx.user.id, input)),

  delete: protectedProcedure
    .input(commentIdInput)
    .mutation(({ ctx, input }) => deleteComment(ctx.db, ctx.user.id, input.id)),
});
