import { isToolUIPart, type UIMessage } from "ai";

// A conversation goes on only from a history where every tool call has its outcome: the model
// provider needs a result for each call (otherwise the AI SDK throws MissingToolResultsError).
// Used by the chat route before it appends the user's new message, and by the page to show the same.

/** Why a confirmation left unanswered counts as declined: the model reads this as the denial's reason. */
export const DECLINED_BY_NEW_MESSAGE = "The user sent a new message instead of confirming, so this was not done.";

/** Why a call that never got its result (an answer cut off midway) is closed as failed. */
export const NOT_CARRIED_OUT = "Not carried out: the conversation went on before it finished.";

type Part = UIMessage["parts"][number];

/** Is a confirmation of this message still waiting for the user's answer? */
export function awaitsApproval(message: UIMessage | undefined): boolean {
  return (
    message?.role === "assistant" &&
    message.parts.some((part) => isToolUIPart(part) && part.state === "approval-requested")
  );
}

/** The part with an outcome: a confirmation never given is declined, a call that never ended failed. */
function settled(part: Part): Part | null {
  if (!isToolUIPart(part)) return part;
  switch (part.state) {
    case "input-streaming":
      // Its input may be incomplete: nothing ran, and the model is better off not seeing it.
      return null;
    case "input-available":
      return { ...part, state: "output-error", errorText: NOT_CARRIED_OUT };
    case "approval-requested":
      return {
        ...part,
        state: "output-denied",
        approval: { id: part.approval.id, approved: false, reason: DECLINED_BY_NEW_MESSAGE },
      };
    case "approval-responded":
      if (part.approval.approved) {
        return {
          ...part,
          state: "output-error",
          errorText: NOT_CARRIED_OUT,
          approval: { ...part.approval, approved: true },
        };
      }
      return { ...part, state: "output-denied", approval: { ...part.approval, approved: false } };
    default:
      return part;
  }
}

/**
 * The history with every tool call given an outcome, as the SDK represents them: a pending
 * confirmation becomes a denied one (`output-denied`, `approval.approved: false`), so a new message
 * declines it; a call cut off midway becomes a failed one. Messages that need no change are kept as they are.
 */
export function settleToolCalls(messages: UIMessage[]): UIMessage[] {
  return messages.map((message) => {
    if (message.role !== "assistant") return message;
    const open = message.parts.some((part) => isToolUIPart(part) && settled(part) !== part);
    if (!open) return message;
    return { ...message, parts: message.parts.map(settled).filter((part): part is Part => part !== null) };
  });
}
