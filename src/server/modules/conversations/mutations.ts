import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { renameConversationInput } from "@/lib/schemas/conversation";
import type { Database } from "@/server/db";
import { conversation } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

// The user's own changes to past conversations; the chat route's writes are in store.ts.

const owned = (userId: string, id: string) => and(eq(conversation.userId, userId), eq(conversation.id, id));

export async function renameConversation(
  db: Database,
  userId: string,
  input: z.output<typeof renameConversationInput>,
) {
  const [renamed] = await db
    .update(conversation)
    .set({ title: input.title })
    .where(owned(userId, input.id))
    .returning({ id: conversation.id, title: conversation.title, updatedAt: conversation.updatedAt });
  if (!renamed) throw notFound("Conversation");
  return renamed;
}

/** Deletes the conversation and its messages for good. */
export async function deleteConversation(db: Database, userId: string, id: string) {
  const [deleted] = await db.delete(conversation).where(owned(userId, id)).returning({ id: conversation.id });
  if (!deleted) throw notFound("Conversation");
  return deleted;
}
