import "server-only";
import type { UIMessage } from "ai";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { conversation, conversationMessage } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";

/** What a conversation is known by in lists, its page and the data export (its messages apart). */
export const conversationSummaryColumns = {
  id: conversation.id,
  title: conversation.title,
  createdAt: conversation.createdAt,
  updatedAt: conversation.updatedAt,
};

/** Most recently active first; shared by the assistant page (first paint) and `conversation.list`. */
export function listConversations(db: Database, userId: string) {
  return db
    .select(conversationSummaryColumns)
    .from(conversation)
    .where(eq(conversation.userId, userId))
    .orderBy(desc(conversation.updatedAt), desc(conversation.id));
}

export type ConversationSummary = Awaited<ReturnType<typeof listConversations>>[number];

export async function findConversation(db: Database, userId: string, id: string) {
  const [found] = await db
    .select(conversationSummaryColumns)
    .from(conversation)
    .where(and(eq(conversation.userId, userId), eq(conversation.id, id)));
  return found ?? null;
}

/** The stored messages of a conversation of the user's, in order; null when it is not theirs (or absent). */
export async function loadMessages(db: Database, userId: string, id: string): Promise<UIMessage[] | null> {
  if (!(await findConversation(db, userId, id))) return null;
  return storedMessages(db, id);
}

/** A conversation's messages in order, whoever owns it: callers check the owner (a transaction may read too). */
export async function storedMessages(db: Pick<Database, "select">, id: string): Promise<UIMessage[]> {
  const rows = await db
    .select({ id: conversationMessage.id, role: conversationMessage.role, parts: conversationMessage.parts })
    .from(conversationMessage)
    .where(eq(conversationMessage.conversationId, id))
    .orderBy(asc(conversationMessage.position));
  // Written by saveMessages from UIMessages, and re-validated against the tools before each model call.
  return rows.map((row) => ({ id: row.id, role: row.role, parts: row.parts as UIMessage["parts"] }));
}

/** A conversation with its messages; NOT_FOUND when it is not the user's. */
export async function conversationWithMessages(db: Database, userId: string, id: string) {
  const found = await findConversation(db, userId, id);
  if (!found) throw notFound("Conversation");
  const messages = (await loadMessages(db, userId, id)) ?? [];
  return { ...found, messages };
}
