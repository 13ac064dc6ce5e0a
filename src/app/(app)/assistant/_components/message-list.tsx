"use client";

import { isToolUIPart, type UIMessage } from "ai";
import { MarkdownText } from "@/components/markdown-text";
import { ToolCard } from "./tool-card";

const EMPTY_HINT =
  "Ask me to add, find, complete, change or delete tasks, for example “add a task Buy milk”. I ask before deleting anything.";

/** The conversation so far; new text is read out as it arrives (role="log"). */
export function MessageList({
  messages,
  busy,
  onApproval,
}: {
  messages: UIMessage[];
  busy: boolean;
  onApproval: (approvalId: string, approved: boolean) => void;
}) {
  if (messages.length === 0) return <p className="text-muted">{EMPTY_HINT}</p>;
  return (
    <div role="log" aria-label="Messages">
      <ol className="flex flex-col gap-3">
        {messages.map((message, position) => (
          <li
            key={message.id}
            data-role={message.role}
            className={
              message.role === "user"
                ? "ml-8 self-end rounded-lg bg-surface px-3 py-2"
                : "mr-8 flex flex-col gap-2 rounded-lg border border-border px-3 py-2"
            }
          >
            <span className="sr-only">{message.role === "user" ? "You:" : "Assistant:"}</span>
            {message.parts.map((part, index) => {
              const key = `${message.id}-${index}`;
              if (part.type === "text" && message.role === "assistant") {
                return <MarkdownText key={key} text={part.text} />;
              }
              if (part.type === "text") {
                return (
                  <p key={key} className="whitespace-pre-wrap break-words">
                    {part.text}
                  </p>
                );
              }
              if (isToolUIPart(part)) {
                // Only the last message's confirmations can still be answered (a later message declines them).
                const answerable = position === messages.length - 1;
                return <ToolCard key={key} part={part} busy={busy} answerable={answerable} onApproval={onApproval} />;
              }
              return null;
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}
