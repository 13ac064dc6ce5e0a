import "server-only";
import { and, eq } from "drizzle-orm";
import { conversationIdInput, renameConversationInput } from "@/lib/schemas/conversation";
import { conversation } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { conversationWithMessages, listConversations } from "./queries";

const owned = (userId: string, id: string) => and(eq(conversation.userId, userId), eq(conversation.id, id));

/**
 * The assistant's past conversations. They are created and written by the chat route
 * (src/app/api/assistant), which saves what the model answered.
 */
export const conversationRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listConversations(ctx.db, ctx.user.id)),

  /** A conversation with its messages, in order. */
  byId: protectedProcedure.input(conversationIdInput).query(async ({ ctx, input }) => {
    const found = await conversationWithMessages(ctx.db, ctx.user.id, input.id);
    if (!found) throw notFound("Conversation");
    return found;
  }),

  rename: protectedProcedure.input(renameConversationInput).mutation(async ({ ctx, input }) => {
    const [renamed] = await ctx.db
      .update(conversation)
      .set({ title: input.title })
      .where(owned(ctx.user.id, input.id))
      .returning({ id: conversation.id, title: conversation.title, updatedAt: conversation.updatedAt });
    if (!renamed) throw notFound("Conversation");
    return renamed;
  }),

  /** Deletes the conversation and its messages for good. */
  delete: protectedProcedure.input(conversationIdInput).mutation(async ({ ctx, input }) => {
    const [deleted] = await ctx.db
      .delete(conversation)
      .where(owned(ctx.user.id, input.id))
      .returning({ id: conversation.id });
    if (!deleted) throw notFound("Conversation");
    return deleted;
  }),
});
