"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { CONVERSATION_TITLE_MAX, conversationTitle } from "@/lib/schemas/conversation";

/**
 * A conversation's title, edited in place of its row: checked with the server's schema, Enter saves,
 * Escape or Cancel leaves it as it was. The caller puts the focus back on the row's Rename button.
 */
export function RenameConversation({
  title,
  pending,
  serverError,
  onSave,
  onCancel,
}: {
  title: string;
  pending: boolean;
  serverError: string | null;
  onSave: (title: string) => void;
  onCancel: () => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => inputRef.current?.select(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = conversationTitle.safeParse(new FormData(event.currentTarget).get("title") ?? "");
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a title.");
      return;
    }
    setError(null);
    if (parsed.data === title) onCancel();
    else onSave(parsed.data);
  }

  function cancelOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  }

  return (
    <li className="rounded-md border border-border p-2">
      <form onSubmit={submit} onKeyDown={cancelOnEscape} noValidate className="flex flex-col gap-2 text-sm">
        <TextField
          ref={inputRef}
          label={`New title for “${title}”`}
          name="title"
          defaultValue={title}
          maxLength={CONVERSATION_TITLE_MAX}
          autoComplete="off"
          error={error ?? serverError ?? undefined}
        />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            Save
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </li>
  );
}
