"use client";

import { type FormEvent, type KeyboardEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { ASSISTANT_MESSAGE_MAX } from "@/lib/schemas/conversation";

export const MESSAGE_FIELD_ID = "assistant-message";

/**
 * The message box: Enter sends, Shift+Enter makes a new line. While the assistant waits for a
 * confirmation (`confirming`), the hint (the field's description) says a message declines it.
 */
export function MessageComposer({
  disabled,
  confirming,
  onSend,
}: {
  disabled: boolean;
  confirming: boolean;
  onSend: (text: string) => void;
}) {
  const [text, setText] = useState("");

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    onSend(trimmed);
    setText("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <label htmlFor={MESSAGE_FIELD_ID} className="text-sm font-medium">
        Message
      </label>
      <textarea
        id={MESSAGE_FIELD_ID}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        maxLength={ASSISTANT_MESSAGE_MAX}
        rows={2}
        aria-describedby="assistant-message-hint"
        placeholder={confirming ? "Approve or deny above, or write to decline" : "Add a task Buy milk"}
        className="min-h-16 rounded-md border border-border bg-bg px-3 py-2 text-base text-fg"
      />
      <div className="flex items-center justify-between gap-2">
        <p id="assistant-message-hint" className="text-sm text-muted">
          {confirming ? "Sending a message declines the action waiting for your confirmation. " : ""}
          Enter sends; Shift+Enter starts a new line.
        </p>
        <Button type="submit" disabled={disabled || !text.trim()}>
          Send
        </Button>
      </div>
    </form>
  );
}
