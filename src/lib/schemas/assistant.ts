import { z } from "zod/mini";
import { ASSISTANT_MESSAGE_MAX, conversationId, MESSAGE_ID_MAX } from "./conversation";

// The body of POST /api/assistant. The browser sends only what is new: the server holds the
// conversation and is the only source of its history.

export const ASSISTANT_BODY_MAX_BYTES = 64 * 1024;
const APPROVALS_MAX = 20;
const REASON_MAX = 500;

const messageId = z.string().check(z.minLength(1), z.maxLength(MESSAGE_ID_MAX));

export const assistantUserMessage = z.strictObject({
  id: messageId,
  role: z.literal("user"),
  parts: z
    .array(
      z.strictObject({
        type: z.literal("text"),
        text: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, "Type a message."),
            z.maxLength(ASSISTANT_MESSAGE_MAX, `Use at most ${ASSISTANT_MESSAGE_MAX} characters.`),
          ),
      }),
    )
    .check(z.length(1, "Send one text message.")),
});

/** The user's answer to a destructive tool call the assistant asked about. */
export const toolApprovalAnswer = z.strictObject({
  approvalId: z.string().check(z.minLength(1), z.maxLength(MESSAGE_ID_MAX)),
  approved: z.boolean(),
  reason: z.optional(z.string().check(z.maxLength(REASON_MAX))),
});

export const assistantRequestBody = z.union([
  z.strictObject({ conversationId, message: assistantUserMessage }),
  z.strictObject({
    conversationId,
    approvals: z.array(toolApprovalAnswer).check(z.minLength(1), z.maxLength(APPROVALS_MAX)),
  }),
]);

export type AssistantRequestBody = z.infer<typeof assistantRequestBody>;
export type ToolApprovalAnswer = z.infer<typeof toolApprovalAnswer>;
