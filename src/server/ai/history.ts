import "server-only";
import { isToolUIPart, type UIMessage } from "ai";
import type { AssistantRequestBody, ToolApprovalAnswer } from "@/lib/schemas/assistant";
import { settleToolCalls } from "@/lib/unanswered-tool-calls";
import type { Database } from "@/server/db";
import { loadMessages } from "@/server/modules/conversations/queries";
import { ensureConversation } from "@/server/modules/conversations/store";

/** `stored`: the history as read, which the turn's first save checks against (see saveMessages). */
export type HistoryResult =
  | { ok: true; messages: UIMessage[]; stored: UIMessage[] }
  | { ok: false; status: 404 | 409; message: string };

const notFound = { ok: false, status: 404, message: "Conversation not found." } as const;

/**
 * The conversation as the model will see it this turn: the stored history (a first message makes the
 * conversation) with the user's new message or answers applied. Another user's conversation is not found.
 */
export async function historyForTurn(db: Database, userId: string, body: AssistantRequestBody): Promise<HistoryResult> {
  if ("message" in body) {
    const text = body.message.parts.map((part) => part.text).join(" ");
    if (!(await ensureConversation(db, userId, body.conversationId, text))) return notFound;
    return appendUserMessage((await loadMessages(db, userId, body.conversationId)) ?? [], body.message);
  }
  const stored = await loadMessages(db, userId, body.conversationId);
  return stored ? applyApprovals(stored, body.approvals) : notFound;
}

/**
 * The stored history with the user's new message at the end (a message id already stored is a resend).
 * A new message instead of an answer declines the confirmations still waiting (stored as denied, and
 * the model is told); a tool call an earlier answer left without its outcome is closed as not carried out.
 */
export function appendUserMessage(stored: UIMessage[], message: UIMessage): HistoryResult {
  if (stored.some((each) => each.id === message.id)) {
    return { ok: false, status: 409, message: "That message was already sent." };
  }
  return { ok: true, messages: [...settleToolCalls(stored), message], stored };
}

/**
 * The stored history with the user's answers applied to the tool calls awaiting approval in the
 * last assistant message. Only approvals the server itself asked for can be answered: the browser
 * cannot approve a call that was never requested, nor rewrite what was requested.
 */
export function applyApprovals(stored: UIMessage[], answers: ToolApprovalAnswer[]): HistoryResult {
  const last = stored.at(-1);
  const pending = new Map<string, number>();
  last?.parts.forEach((part, index) => {
    if (last.role === "assistant" && isToolUIPart(part) && part.state === "approval-requested") {
      pending.set(part.approval.id, index);
    }
  });
  if (!last || answers.some((answer) => !pending.has(answer.approvalId))) {
    return { ok: false, status: 409, message: "There is no such request waiting for your answer." };
  }
  const answered = new Map(answers.map((answer) => [answer.approvalId, answer]));
  const parts = last.parts.map((part) => {
    if (!isToolUIPart(part) || part.state !== "approval-requested") return part;
    const answer = answered.get(part.approval.id);
    if (!answer) return part;
    return {
      ...part,
      state: "approval-responded" as const,
      approval: {
        ...part.approval,
        approved: answer.approved,
        ...(answer.reason === undefined ? {} : { reason: answer.reason }),
      },
    };
  });
  return { ok: true, messages: [...stored.slice(0, -1), { ...last, parts }], stored };
}
