import { isToolUIPart, type UIMessage } from "ai";
import { expect } from "vitest";
import { streamAnswer } from "@/server/ai/chat";
import { historyForTurn } from "@/server/ai/history";
import { scriptedModel } from "@/server/ai/scripted-model";
import type { Session } from "@/server/auth/auth";
import { identityFromSession } from "@/server/auth/identity";
import type { Database } from "@/server/db/client";
import { loadMessages } from "@/server/modules/conversations/queries";
import { createInnerContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";

export type Change = { text: string } | { approvals: { approvalId: string; approved: boolean }[] };

export const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === "text" ? part.text : "")).join("");
export const toolParts = (message: UIMessage | undefined) => (message?.parts ?? []).filter(isToolUIPart);

/** The tool call of the assistant's last message that waits for the user's confirmation. */
export function pendingApproval(message: UIMessage | undefined) {
  const request = toolParts(message).find((part) => part.state === "approval-requested");
  if (request?.state !== "approval-requested") throw new Error("no approval request");
  return request;
}

/** Turns of the assistant as the route runs them (without HTTP), on a test file's database. */
export function assistantTurns(database: { readonly db: Database }) {
  /** The first half of a turn: the stored history read and the change applied (nothing written yet). */
  async function prepare(session: Session, conversationId: string, change: Change) {
    const history = await historyForTurn(
      database.db,
      session.user.id,
      "text" in change
        ? {
            conversationId,
            message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: change.text }] },
          }
        : { conversationId, approvals: change.approvals },
    );
    if (!history.ok) throw new Error(history.message);
    return history;
  }

  /** The second half: the model's answer streamed to the end and saved. */
  async function answer(
    session: Session,
    conversationId: string,
    history: Awaited<ReturnType<typeof prepare>>,
    model = scriptedModel(),
  ) {
    const db = database.db;
    const ctx = createInnerContext({ db, identity: identityFromSession(session) });
    return streamAnswer({
      ctx,
      user: { id: session.user.id, name: session.user.name, timeZone: "UTC" },
      conversationId,
      model,
      messages: history.messages,
      stored: history.stored,
    });
  }

  /** One turn: the stored history, the change, the streamed answer. */
  async function turn(session: Session, conversationId: string, change: Change, model = scriptedModel()) {
    const response = await answer(session, conversationId, await prepare(session, conversationId, change), model);
    expect(response.status).toBe(200);
    const stream = await response.text();
    const stored = (await loadMessages(database.db, session.user.id, conversationId)) ?? [];
    return { stream, stored, last: stored.at(-1) };
  }

  /** A new user, their own caller, and the id of a conversation they are about to start. */
  async function newChat() {
    const session = await createSignedInUser(database.db);
    const api = createCaller(createInnerContext({ db: database.db, identity: identityFromSession(session) }));
    return { session, api, conversationId: crypto.randomUUID() };
  }

  return { prepare, answer, turn, newChat };
}
