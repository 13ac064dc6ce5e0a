import "server-only";
import type { UIMessage } from "ai";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { titleFrom } from "@/lib/schemas/conversation";
import type { Database } from "@/server/db";
import { conversation, conversationMessage } from "@/server/db/schema";

// Writes of the assistant's chat route: the conversation is made on its first message and its
// messages are saved after each answer. Every function is scoped by the owner's id.

/**
 * The user's conversation `id`, made now (titled from `firstText`) when it does not exist yet.
 * False when the id belongs to someone else: the caller answers "not found".
 */
export async function ensureConversation(db: Database, userId: string, id: string, firstText: string) {
  await db
    .insert(conversation)
    .values({ id, userId, title: titleFrom(firstText) })
    .onConflictDoNothing();
  const [row] = await db
    .select({ id: conversation.id })
    .from(conversation)
    .where(and(eq(conversation.id, id), eq(conversation.userId, userId)));
  return row !== undefined;
}

/**
 * Stores the whole message list of a conversation (the SDK hands it over complete after each answer):
 * new messages are added, changed ones (a tool call that got its approval or result) are rewritten.
 */
export async function saveMessages(db: Database, userId: string, id: string, messages: UIMessage[]) {
  await db.transaction(async (tx) => {
    const [owned] = await tx
      .update(conversation)
      .set({ updatedAt: sql`now()` })
      .where(and(eq(conversation.id, id), eq(conversation.userId, userId)))
      .returning({ id: conversation.id });
    // Deleted while the answer was streaming: nothing to save it to.
    if (!owned) return;
    const ids = messages.map((message) => message.id);
    // The SDK only appends or changes messages; one missing from the list is gone for good.
    await tx
      .delete(conversationMessage)
      .where(
        and(
          eq(conversationMessage.conversationId, id),
          ids.length > 0 ? notInArray(conversationMessage.id, ids) : undefined,
        ),
      );
    if (messages.length === 0) return;
    await tx
      .insert(conversationMessage)
      .values(
        messages.map((message, position) => ({
          conversationId: id,
          id: message.id,
          position,
          role: message.role,
          parts: message.parts,
        })),
      )
      .onConflictDoUpdate({
        target: [conversationMessage.conversationId, conversationMessage.id],
        set: { position: sql`excluded.position`, role: sql`excluded.role`, parts: sql`excluded.parts` },
        // Unchanged messages keep their updated_at.
        setWhere: sql`${conversationMessage.parts} is distinct from excluded.parts or ${conversationMessage.position} is distinct from excluded.position`,
      });
  });
}
