import "server-only";
import type { ModelMessage } from "ai";
import { z } from "zod/mini";
import type { AgentTool } from "@/server/agent-tools";
import { ToolFailure } from "./tool-failure";

/**
 * Changes the assistant may make in one turn (one request to /api/assistant), whether they run at once
 * or wait for the user's approval: text planted in a task cannot make it change the whole list.
 */
export const MAX_WRITES_PER_TURN = 10;

/** What a change beyond the limit answers, for the model to read. */
export const WRITE_LIMIT_MESSAGE = `Write limit for this turn reached (${MAX_WRITES_PER_TURN} changes): not done. Tell the user what is left and ask whether to continue.`;

/** Was this call already put to the user in an earlier turn (the one they have now answered)? */
function askedBefore(messages: ModelMessage[], toolCallId: string): boolean {
  return messages.some(
    (message) =>
      message.role === "assistant" &&
      typeof message.content !== "string" &&
      message.content.some((part) => part.type === "tool-approval-request" && part.toolCallId === toolCallId),
  );
}

/**
 * The write rules of one turn, decided for each call as the model makes it (the AI SDK asks in the
 * order the calls come):
 * - a call the user was asked about before stays asked (the SDK asks again before running an approved
 *   call, and runs it only if the answer is still "needs approval"); it counts as this turn's change;
 * - a write beyond MAX_WRITES_PER_TURN is neither run nor put to the user: it fails with WRITE_LIMIT_MESSAGE;
 * - a call the tool itself confirms (deleting, rewriting text or labels) asks;
 * - of the changes to tasks the user already has, the first of the turn runs, every later one asks
 *   (completing or rescheduling one task is a click to undo; doing it to many is not).
 * Adding tasks asks nothing: it changes nothing the user has, and counts towards the limit.
 */
export function turnWrites() {
  let writes = 0;
  let changedTask = false;
  const overLimit = new Set<string>();

  return {
    needsApproval(tool: AgentTool, input: unknown, call: { toolCallId: string; messages: ModelMessage[] }): boolean {
      if (tool.scope !== "tasks:write") return false;
      writes += 1;
      if (askedBefore(call.messages, call.toolCallId)) {
        changedTask ||= tool.changesExistingTask === true;
        return true;
      }
      if (writes > MAX_WRITES_PER_TURN) {
        overLimit.add(call.toolCallId);
        return false;
      }
      const parsed = z.safeParse(tool.input, input);
      // The SDK validated the input already; should it not parse, asking is the safe side.
      if (!parsed.success || tool.confirm?.(parsed.data) === true) return true;
      if (!tool.changesExistingTask) return false;
      if (changedTask) return true;
      changedTask = true;
      return false;
    },
    /** Throws the limit's message for a call decided beyond it. */
    assertWithinLimit(toolCallId: string): void {
      if (overLimit.has(toolCallId)) throw new ToolFailure(WRITE_LIMIT_MESSAGE);
    },
  };
}
