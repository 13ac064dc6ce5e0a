import "server-only";
import { conversationIdInput, renameConversationInput } from "@/lib/schemas/conversation";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { deleteConversation, renameConversation } from "./mutations";
import { conversationWithMessages, listConversations } from "./queries";

/**
 * The assistant's past conversations. They are created and written by the chat route
 * (src/app/api/assistant), which saves what the model answered.
 */
export const conversationRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listConversations(ctx.db, ctx.user.id)),

  /** A conversation with its messages, in order. */
  byId: protectedProcedure
    .input(conversationIdInput)
    .query(({ ctx, input }) => conversationWithMessages(ctx.db, ctx.user.id, input.id)),

  rename: protectedProcedure
    .input(renameConversationInput)
    .mutation(({ ctx, input }) => renameConversation(ctx.db, ctx.user.id, input)),

  /** Deletes the conversation and its messages for good. */
  delete: protectedProcedure
    .input(conversationIdInput)
    .mutation(({ ctx, input }) => deleteConversation(ctx.db, ctx.user.id, input.id)),
});
