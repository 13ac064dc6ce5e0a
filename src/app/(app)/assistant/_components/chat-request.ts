import type { UIMessage } from "ai";
import { isToolUIPart } from "ai";
import type { AssistantRequestBody } from "@/lib/schemas/assistant";

/**
 * What the browser sends for a turn (the server keeps the history): the user's new message, or the
 * answers just given to the assistant's confirmation requests in its last message.
 */
export function chatRequestBody(conversationId: string, messages: UIMessage[]): AssistantRequestBody | null {
  const last = messages.at(-1);
  if (!last) return null;
  if (last.role === "user") {
    const text = last.parts.map((part) => (part.type === "text" ? part.text : "")).join("\n");
    return { conversationId, message: { id: last.id, role: "user", parts: [{ type: "text", text }] } };
  }
  const approvals = last.parts.flatMap((part) =>
    isToolUIPart(part) && part.state === "approval-responded"
      ? [{ approvalId: part.approval.id, approved: part.approval.approved }]
      : [],
  );
  return approvals.length > 0 ? { conversationId, approvals } : null;
}
