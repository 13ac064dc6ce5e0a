import { z } from "zod/mini";

// Shared by the `conversation` router, the assistant's chat route and its page.

export const CONVERSATION_TITLE_MAX = 120;
/** The longest message a person may type to the assistant. */
export const ASSISTANT_MESSAGE_MAX = 4_000;
/** Chat message ids come from the AI SDK (client-made for the user's messages). */
export const MESSAGE_ID_MAX = 100;

export const conversationId = z.uuid({ error: "Not a conversation id." });

export const conversationTitle = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a title."),
    z.maxLength(CONVERSATION_TITLE_MAX, `Use at most ${CONVERSATION_TITLE_MAX} characters.`),
  );

export const conversationIdInput = z.strictObject({ id: conversationId });

export const renameConversationInput = z.strictObject({ id: conversationId, title: conversationTitle });

/** A title from the first thing the user said: one line, cut at a word near the limit. */
export function titleFrom(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= CONVERSATION_TITLE_MAX) return line || "New conversation";
  const cut = line.slice(0, CONVERSATION_TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > CONVERSATION_TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`;
}
