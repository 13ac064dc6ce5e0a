import "server-only";
import { randomUUID } from "node:crypto";
import {
  convertToModelMessages,
  type InferUITools,
  type LanguageModel,
  stepCountIs,
  streamText,
  TypeValidationError,
  type UIDataTypes,
  type UIMessage,
  validateUIMessages,
} from "ai";
import { toolContext } from "@/server/agent-tools/define";
import { errorSummary, log } from "@/server/log";
import { changedMessages, saveMessages } from "@/server/modules/conversations/store";
import type { Context } from "@/server/trpc/init";
import { systemPrompt } from "./system-prompt";
import { ToolFailure } from "./tool-failure";
import { assistantTools } from "./tools";

/** Model calls per answer (each tool round trip is one): enough for search → act → reply, with margin. */
export const MAX_STEPS = 8;

/** Another tab or window got there first (answered the same confirmation, or sent the same message). */
export const CONCURRENT_TURN_MESSAGE =
  "This conversation was changed in another tab or window. Reload the page to see its latest messages.";

const STREAM_ERROR = "The assistant could not answer just now. Try again in a moment.";

interface Turn {
  /** The signed-in user's context: tools run through their own procedures. */
  ctx: Context;
  user: { id: string; name: string; timeZone: string };
  conversationId: string;
  model: LanguageModel;
  /** The stored history with the new message or the approval answers applied. */
  messages: UIMessage[];
  /** The stored history as this turn read it: what its first save checks it is still current against. */
  stored: UIMessage[];
}

/**
 * Streams the model's answer to the conversation, running tools as the user. What the user said is
 * saved before the model is called (it survives a failed answer), and refused (409) when another turn
 * already changed what this one changes; the answer is saved when it ends, even if the browser has gone.
 */
export async function streamAnswer(turn: Turn): Promise<Response> {
  const { db, requestId } = turn.ctx;
  const tools = assistantTools(toolContext(turn.ctx));
  let messages: UIMessage[];
  try {
    messages = await validateUIMessages<UIMessage<unknown, UIDataTypes, InferUITools<typeof tools>>>({
      messages: turn.messages,
      tools,
    });
  } catch (error) {
    if (!TypeValidationError.isInstance(error)) throw error;
    log.error("assistant: stored conversation no longer validates", {
      requestId,
      conversationId: turn.conversationId,
      ...errorSummary(error),
    });
    return Response.json(
      { error: { message: "This conversation can no longer be continued. Start a new one." } },
      { status: 409 },
    );
  }
  // The history as stored (validation may drop fields the SDK added): only the new message or answers differ.
  const saved = await saveMessages(db, turn.user.id, turn.conversationId, turn.messages, turn.stored);
  if (saved === "gone") {
    return Response.json({ error: { message: "Conversation not found." } }, { status: 404 });
  }
  if (saved === "conflict") {
    return Response.json({ error: { message: CONCURRENT_TURN_MESSAGE } }, { status: 409 });
  }

  const result = streamText({
    model: turn.model,
    system: systemPrompt(turn.user),
    // A call without an outcome would fail every turn from now on (MissingToolResultsError): the model
    // does not see one. historyForTurn settles them; this is the net for whatever it did not foresee.
    messages: await convertToModelMessages(messages, { tools, ignoreIncompleteToolCalls: true }),
    tools,
    stopWhen: stepCountIs(MAX_STEPS),
  });
  // Run to the end without the browser reading along, so onFinish saves the answer after a disconnect.
  result.consumeStream({
    onError: (error) => log.error("assistant: stream failed", { requestId, ...errorSummary(error) }),
  });

  return result.toUIMessageStreamResponse({
    originalMessages: messages,
    generateMessageId: randomUUID,
    onFinish: async ({ messages: finished }) => {
      // Only what this turn added or changed is written, after whatever other turns saved meanwhile.
      const answered = changedMessages(finished, messages);
      const outcome = await saveMessages(db, turn.user.id, turn.conversationId, answered, turn.messages).catch(
        (error: unknown) => {
          log.error("assistant: saving the answer failed", {
            requestId,
            conversationId: turn.conversationId,
            ...errorSummary(error),
          });
          return "failed" as const;
        },
      );
      if (outcome === "conflict") {
        log.warn("assistant: answer not saved, the conversation changed meanwhile", {
          requestId,
          conversationId: turn.conversationId,
        });
      }
    },
    onError: (error) => {
      // A tool's own failure is one step of the answer, worded for the user (and already logged if unexpected).
      if (error instanceof ToolFailure) return error.message;
      log.error("assistant: answer failed", { requestId, ...errorSummary(error) });
      return STREAM_ERROR;
    },
  });
}
