import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { awaitsApproval, DECLINED_BY_NEW_MESSAGE, NOT_CARRIED_OUT, settleToolCalls } from "./unanswered-tool-calls";

const call = { type: "tool-delete_task", toolCallId: "call-1", input: { task_id: "t1" } } as const;
const assistant = (parts: UIMessage["parts"]): UIMessage => ({ id: "a1", role: "assistant", parts });

describe("settleToolCalls", () => {
  it("declines a confirmation still waiting, as the SDK stores a denied one", () => {
    const asked = assistant([{ ...call, state: "approval-requested", approval: { id: "ap-1" } }]);
    expect(awaitsApproval(asked)).toBe(true);
    const [settled] = settleToolCalls([asked]);
    expect(settled?.parts).toEqual([
      { ...call, state: "output-denied", approval: { id: "ap-1", approved: false, reason: DECLINED_BY_NEW_MESSAGE } },
    ]);
    expect(awaitsApproval(settled)).toBe(false);
  });

  it("closes calls cut off midway, and drops one whose input never arrived", () => {
    const [settled] = settleToolCalls([
      assistant([
        { type: "text", text: "On it." },
        { ...call, state: "input-available" },
        { ...call, toolCallId: "call-2", state: "approval-responded", approval: { id: "ap-2", approved: true } },
        { ...call, toolCallId: "call-3", state: "approval-responded", approval: { id: "ap-3", approved: false } },
        { type: "tool-add_task", toolCallId: "call-4", state: "input-streaming", input: undefined },
      ]),
    ]);
    expect(settled?.parts.map((part) => ("state" in part ? part.state : part.type))).toEqual([
      "text",
      "output-error",
      "output-error",
      "output-denied",
    ]);
    expect(settled?.parts[1]).toMatchObject({ errorText: NOT_CARRIED_OUT });
  });

  it("keeps settled messages as they are (the same objects)", () => {
    const user: UIMessage = { id: "u1", role: "user", parts: [{ type: "text", text: "hi" }] };
    const done = assistant([{ ...call, state: "output-available", output: { task_id: "t1" } }]);
    const messages = [user, done];
    const settled = settleToolCalls(messages);
    expect(settled[0]).toBe(user);
    expect(settled[1]).toBe(done);
  });
});
