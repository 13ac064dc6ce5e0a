import "server-only";
import type { UIMessage } from "ai";
import { and, eq, max, sql } from "drizzle-orm";
import { titleFrom } from "@/lib/schemas/conversation";
import type { Database } from "@/server/db";
import { conversation, conversationMessage } from "@/server/db/schema";
import { assertWithinQuota } from "@/server/quotas";
import { storedMessages } from "./queries";

// Writes of the assistant's chat route: the conversation is made on its first message and its
// messages are saved after each answer. Every function is scoped by the owner's id.

/**
 * The user's conversation `id`, made now (titled from `firstText`) when it does not exist yet.
 * False when the id belongs to someone else: the caller answers "not found".
 */
export async function ensureConversation(db: Database, userId: string, id: string, firstText: string) {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ userId: conversation.userId })
      .from(conversation)
      .where(eq(conversation.id, id));
    if (existing) return existing.userId === userId;
    await assertWithinQuota(tx, userId, "conversations");
    await tx
      .insert(conversation)
      .values({ id, userId, title: titleFrom(firstText) })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ id: conversation.id })
      .from(conversation)
      .where(and(eq(conversation.id, id), eq(conversation.userId, userId)));
    return row !== undefined;
  });
}

/** What saving a turn's messages came to. */
export type SaveResult = "saved" | "conflict" | "gone";

/** Equal JSON values, whatever the order of their keys (jsonb hands keys back in its own order). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, each]) => each !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, each]) => `${JSON.stringify(key)}:${canonical(each)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The messages of `next` that are not in `before`, or differ from their version there. */
export function changedMessages(next: UIMessage[], before: UIMessage[]): UIMessage[] {
  const earlier = new Map(before.map((message) => [message.id, message] as const));
  return next.filter((message) => {
    const was = earlier.get(message.id);
    return was === undefined || was.role !== message.role || !sameJson(was.parts, message.parts);
  });
}

class Conflict extends Error {}

/**
 * Stores what a turn added to or changed in a conversation, never removing or reordering what is there,
 * so two turns at once (two tabs) cannot overwrite each other's messages:
 * - a message that is not in `base` (the history the turn started from) is appended after the last
 *   stored one; if its id is stored already, another request saved it first: "conflict";
 * - a message of `base` whose parts changed (a tool call that got its approval or result) is rewritten
 *   only if it is still as the turn read it; otherwise another turn changed it first: "conflict"
 *   (nothing of this save is kept). This is what stops one confirmation being answered twice.
 * Without `base`, the stored messages are the base (a plain merge, for seeding and tests).
 * "gone" when the conversation is not the user's or was deleted meanwhile.
 */
export async function saveMessages(
  db: Database,
  userId: string,
  id: string,
  messages: UIMessage[],
  base?: UIMessage[],
): Promise<SaveResult> {
  try {
    return await db.transaction(async (tx) => {
      // Locks the conversation's row: saves of one conversation run one after the other.
      const [owned] = await tx
        .update(conversation)
        .set({ updatedAt: sql`now()` })
        .where(and(eq(conversation.id, id), eq(conversation.userId, userId)))
        .returning({ id: conversation.id });
      if (!owned) return "gone";
      const before = new Map((base ?? (await storedMessages(tx, id))).map((message) => [message.id, message] as const));
      const [last] = await tx
        .select({ position: max(conversationMessage.position) })
        .from(conversationMessage)
        .where(eq(conversationMessage.conversationId, id));
      let next = (last?.position ?? -1) + 1;
      for (const message of messages) {
        const seen = before.get(message.id);
        if (seen === undefined) {
          const inserted = await tx
            .insert(conversationMessage)
            .values({ conversationId: id, id: message.id, position: next, role: message.role, parts: message.parts })
            .onConflictDoNothing()
            .returning({ id: conversationMessage.id });
          if (inserted.length === 0) throw new Conflict();
          next += 1;
        } else if (!sameJson(seen.parts, message.parts) || seen.role !== message.role) {
          const updated = await tx
            .update(conversationMessage)
            .set({ role: message.role, parts: message.parts })
            .where(
              and(
                eq(conversationMessage.conversationId, id),
                eq(conversationMessage.id, message.id),
                eq(conversationMessage.parts, seen.parts),
              ),
            )
            .returning({ id: conversationMessage.id });
          if (updated.length === 0) throw new Conflict();
        }
      }
      return "saved";
    });
  } catch (error) {
    if (error instanceof Conflict) return "conflict";
    throw error;
  }
}
