import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { assistantRequestBody } from "@/lib/schemas/assistant";
import { chatErrorMessage } from "./chat-errors";
import { chatRequestBody } from "./chat-request";

const conversationId = "0b5cbd7e-6a3f-4d2e-9a51-2d5c9f1f7c11";

describe("chatRequestBody", () => {
  it("sends only the user's new message", () => {
    const messages: UIMessage[] = [
      { id: "u1", role: "user", parts: [{ type: "text", text: "hello" }] },
      { id: "a1", role: "assistant", parts: [{ type: "text", text: "hi" }] },
      { id: "u2", role: "user", parts: [{ type: "text", text: "add a task Buy milk" }] },
    ];
    const body = chatRequestBody(conversationId, messages);
    expect(body).toEqual({
      conversationId,
      message: { id: "u2", role: "user", parts: [{ type: "text", text: "add a task Buy milk" }] },
    });
    expect(assistantRequestBody.safeParse(body).success).toBe(true);
  });

  it("after Approve or Deny, sends only the answers", () => {
    const messages: UIMessage[] = [
      { id: "u1", role: "user", parts: [{ type: "text", text: "delete it" }] },
      {
        id: "a1",
        role: "assistant",
        parts: [
          {
            type: "tool-delete_task",
            toolCallId: "c1",
            state: "approval-responded",
            input: { task_id: "t1" },
            approval: { id: "ap1", approved: false },
          },
        ],
      },
    ];
    const body = chatRequestBody(conversationId, messages);
    expect(body).toEqual({ conversationId, approvals: [{ approvalId: "ap1", approved: false }] });
    expect(assistantRequestBody.safeParse(body).success).toBe(true);
  });

  it("has nothing to send without a message or an answer", () => {
    expect(chatRequestBody(conversationId, [])).toBeNull();
    expect(chatRequestBody(conversationId, [{ id: "a", role: "assistant", parts: [] }])).toBeNull();
  });
});

describe("chatErrorMessage", () => {
  it("shows the route's own message, else a generic one", () => {
    expect(
      chatErrorMessage(new Error(JSON.stringify({ error: { message: "The AI assistant is not enabled." } }))),
    ).toBe("The AI assistant is not enabled.");
    expect(chatErrorMessage(new Error("The assistant could not answer just now."))).toBe(
      "The assistant could not answer just now.",
    );
    expect(chatErrorMessage(new Error('{"weird": true}'))).toMatch(/could not be reached/);
  });
});
