"use client";

import "./zod-without-eval";
import { useChat } from "@ai-sdk/react";
import {
  DefaultChatTransport,
  isToolUIPart,
  lastAssistantMessageIsCompleteWithApprovalResponses,
  type UIMessage,
} from "ai";
import { useState } from "react";
import { awaitsApproval, settleToolCalls } from "@/lib/unanswered-tool-calls";
import { api } from "@/trpc/react";
import { chatErrorMessage } from "./chat-errors";
import { chatRequestBody } from "./chat-request";
import { MESSAGE_FIELD_ID, MessageComposer } from "./message-composer";
import { MessageList } from "./message-list";

/** Did the answer run a tool? Then tasks, projects or labels may have changed elsewhere in the app. */
function ranTool(message: UIMessage): boolean {
  return message.parts.some((part) => isToolUIPart(part) && part.state === "output-available");
}

/** One conversation with the assistant; the server stores it, the browser sends only what is new. */
export function Chat({ conversationId, initialMessages }: { conversationId: string; initialMessages: UIMessage[] }) {
  const utils = api.useUtils();
  const [transport] = useState(
    () =>
      new DefaultChatTransport({
        api: "/api/assistant",
        prepareSendMessagesRequest: ({ messages }) => ({
          body: chatRequestBody(conversationId, messages) ?? { conversationId },
        }),
      }),
  );
  const { messages, setMessages, sendMessage, status, error, clearError, addToolApprovalResponse } = useChat({
    id: conversationId,
    messages: initialMessages,
    transport,
    // After Approve/Deny, the answers go to the server, which runs (or skips) the tool and goes on.
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    onFinish: ({ message }) => {
      void utils.conversation.list.invalidate();
      if (ranTool(message)) {
        void utils.task.invalidate();
        void utils.project.invalidate();
        void utils.reminder.invalidate();
        // The sidebar's projects, labels, saved filters and counts, and the hour's reminders.
        void utils.sidebar.get.invalidate();
      }
    },
  });
  const busy = status === "submitted" || status === "streaming";
  // A message sent while a confirmation waits declines it (the server stores it so, and tells the model).
  const confirming = !busy && awaitsApproval(messages.at(-1));

  function send(text: string) {
    clearError();
    // Shown as the server stores it: the confirmation's buttons give way to "declined".
    if (confirming) setMessages(settleToolCalls(messages));
    // From the first message on, the address names the conversation, so a reload reopens it.
    if (messages.length === 0) window.history.replaceState(null, "", `/assistant?c=${conversationId}`);
    void sendMessage({ text });
  }

  return (
    <section aria-labelledby="chat-heading" className="flex flex-col gap-4">
      <h2 id="chat-heading" className="sr-only">
        Conversation
      </h2>
      <MessageList
        messages={messages}
        busy={busy}
        onApproval={(approvalId, approved) => {
          void addToolApprovalResponse({ id: approvalId, approved });
          // The buttons go away with the answer: the keyboard goes back to the message box.
          document.getElementById(MESSAGE_FIELD_ID)?.focus();
        }}
      />
      <p role="status" className="text-sm text-muted">
        {status === "submitted" ? "Sending…" : status === "streaming" ? "The assistant is answering…" : ""}
      </p>
      {error ? (
        <div role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          {chatErrorMessage(error)}
        </div>
      ) : null}
      <MessageComposer disabled={busy} confirming={confirming} onSend={send} />
    </section>
  );
}
