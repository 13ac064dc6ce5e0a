import { describe, expect, it } from "vitest";
import { assistantRequestBody } from "./assistant";

const conversationId = "0b5cbd7e-6a3f-4d2e-9a51-2d5c9f1f7c11";
const message = { id: "m1", role: "user", parts: [{ type: "text", text: "  add a task Buy milk " }] };

describe("assistantRequestBody", () => {
  it("takes a new user message, trimmed", () => {
    expect(assistantRequestBody.parse({ conversationId, message })).toEqual({
      conversationId,
      message: { ...message, parts: [{ type: "text", text: "add a task Buy milk" }] },
    });
  });

  it("takes approval answers", () => {
    const body = { conversationId, approvals: [{ approvalId: "a1", approved: false, reason: "keep it" }] };
    expect(assistantRequestBody.parse(body)).toEqual(body);
  });

  it.each([
    ["a whole history", { conversationId, messages: [message] }],
    ["no conversation id", { message }],
    ["a conversation id that is not a uuid", { conversationId: "1", message }],
    ["an assistant message", { conversationId, message: { ...message, role: "assistant" } }],
    ["a tool part", { conversationId, message: { ...message, parts: [{ type: "tool-delete_task", state: "x" }] } }],
    ["an empty message", { conversationId, message: { ...message, parts: [{ type: "text", text: "   " }] } }],
    ["two parts", { conversationId, message: { ...message, parts: [message.parts[0], message.parts[0]] } }],
    [
      "a message too long",
      { conversationId, message: { ...message, parts: [{ type: "text", text: "x".repeat(4001) }] } },
    ],
    ["an unknown key", { conversationId, message, extra: true }],
    ["both a message and approvals", { conversationId, message, approvals: [{ approvalId: "a", approved: true }] }],
    ["no approvals", { conversationId, approvals: [] }],
    ["an approval without a decision", { conversationId, approvals: [{ approvalId: "a" }] }],
  ])("refuses %s", (_name, body) => {
    expect(assistantRequestBody.safeParse(body).success).toBe(false);
  });
});
