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
import { saveMessages } from "@/server/modules/conversations/store";
import type { Context } from "@/server/trpc/init";
import { systemPrompt } from "./system-prompt";
import { assistantTools } from "./tools";

/** Model calls per answer (each tool round trip is one): enough for search → act → reply, with margin. */
export const MAX_STEPS = 8;

const STREAM_ERROR = "The assistant could not answer just now. Try again in a moment.";

interface Turn {
  /** The signed-in user's context: tools run through their own procedures. */
  ctx: Context;
  user: { id: string; name: string; timeZone: string };
  conversationId: string;
  model: LanguageModel;
  /** The stored history with the new message or the approval answers applied. */
  messages: UIMessage[];
}

/**
 * Streams the model's answer to the conversation, running tools as the user. What the user said is
 * saved before the model is called (it survives a failed answer); the whole conversation is saved
 * again when the answer ends, even if the browser has gone.
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
    console.error(`[assistant] stored conversation ${turn.conversationId} no longer validates:`, error);
    return Response.json(
      { error: { message: "This conversation can no longer be continued. Start a new one." } },
      { status: 409 },
    );
  }
  await saveMessages(db, turn.user.id, turn.conversationId, messages);

  const result = streamText({
    model: turn.model,
    system: systemPrompt(turn.user),
    messages: await convertToModelMessages(messages, { tools }),
    tools,
    stopWhen: stepCountIs(MAX_STEPS),
  });
  // Run to the end without the browser reading along, so onFinish saves the answer after a disconnect.
  result.consumeStream({ onError: (error) => console.error(`[assistant] ${requestId}:`, error) });

  return result.toUIMessageStreamResponse({
    originalMessages: messages,
    generateMessageId: randomUUID,
    onFinish: async ({ messages: finished }) => {
      await saveMessages(db, turn.user.id, turn.conversationId, finished).catch((error: unknown) => {
        console.error(`[assistant] saving conversation ${turn.conversationId} failed (${requestId}):`, error);
      });
    },
    onError: (error) => {
      console.error(`[assistant] answer failed (request ${requestId}):`, error);
      return STREAM_ERROR;
    },
  });
}
