"use client";

import { type KeyboardEvent, useEffect, useRef } from "react";
import { z } from "zod/mini";
import { type Submitted, useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { CONVERSATION_TITLE_MAX, conversationTitle } from "@/lib/schemas/conversation";

const titleForm = z.object({ title: conversationTitle });

/**
 * A conversation's title, edited in place of its row: checked with the server's schema, Enter saves,
 * Escape or Cancel leaves it as it was. The caller puts the focus back on the row's Rename button.
 */
export function RenameConversation({
  title,
  onSave,
  onCancel,
}: {
  title: string;
  /** Resolves once saved (the caller then closes this), or with the server's refusal. */
  onSave: (title: string) => Promise<Submitted<unknown, unknown>>;
  onCancel: () => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.select(), []);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: titleForm,
    submit: async (input) => {
      if (input.title !== title) return onSave(input.title);
      onCancel();
      return { error: null };
    },
    onSuccess: () => {},
  });

  function cancelOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  }

  return (
    <li className="rounded-md border border-border p-2">
      <form {...formProps} onKeyDown={cancelOnEscape} className="flex flex-col gap-2 text-sm">
        <TextField
          ref={inputRef}
          label={`New title for “${title}”`}
          name="title"
          defaultValue={title}
          maxLength={CONVERSATION_TITLE_MAX}
          autoComplete="off"
          // A refusal about the conversation rather than its title shows here too: it is the only field.
          error={fieldErrors.title ?? formError ?? undefined}
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
