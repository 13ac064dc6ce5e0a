"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { mutationResult } from "@/components/forms/use-form";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";
import { RenameConversation } from "./rename-conversation";

/** The ids of a conversation's Rename and Delete buttons: the focus goes back to one when its question ends. */
const renameButtonId = (id: string) => `rename-conversation-${id}`;
const deleteButtonId = (id: string) => `delete-conversation-${id}`;
const HEADING_ID = "conversations-heading";

/**
 * Past conversations, most recent first: open one, start a new one, rename one in place, or delete one
 * (after a confirmation).
 */
export function ConversationList() {
  const router = useRouter();
  // From the address, which names a new conversation too once its first message is sent.
  const currentId = useSearchParams().get("c");
  const utils = api.useUtils();
  const [conversations] = api.conversation.list.useSuspenseQuery();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  // When an in-place question ends, the keyboard goes back to the button that asked it (the list's heading
  // once the row is deleted): the element's id, focused after the list has re-rendered.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (!refocus) return;
    document.getElementById(refocus)?.focus();
    setRefocus(null);
  }, [refocus]);
  const rename = api.conversation.rename.useMutation({
    onSuccess: async ({ id }) => {
      await utils.conversation.list.invalidate();
      setRenaming(null);
      setRefocus(renameButtonId(id));
    },
  });
  function stopRenaming(id: string) {
    setRenaming(null);
    setRefocus(renameButtonId(id));
  }
  const remove = api.conversation.delete.useMutation({
    onSuccess: async ({ id }) => {
      setConfirming(null);
      await utils.conversation.list.invalidate();
      setRefocus(HEADING_ID);
      if (id === currentId) router.replace("/assistant");
    },
  });

  return (
    <nav aria-labelledby={HEADING_ID} className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id={HEADING_ID} tabIndex={-1} className="font-semibold">
          Conversations
        </h2>
        <Link
          href="/assistant"
          className="inline-flex min-h-10 items-center gap-1 rounded-md border border-border px-3 text-sm hover:bg-surface"
        >
          <Icon name="plus" className="size-4" />
          New conversation
        </Link>
      </div>
      {conversations.length === 0 ? (
        <p className="text-sm text-muted">No conversations yet.</p>
      ) : (
        <ul className="flex max-h-48 flex-col gap-0.5 overflow-y-auto">
          {conversations.map((conversation) =>
            renaming === conversation.id ? (
              <RenameConversation
                key={conversation.id}
                title={conversation.title}
                onSave={(title) => mutationResult(rename.mutateAsync({ id: conversation.id, title }))}
                onCancel={() => stopRenaming(conversation.id)}
              />
            ) : confirming === conversation.id ? (
              <DeleteConfirmation
                key={conversation.id}
                title={conversation.title}
                pending={remove.isPending}
                error={remove.error ? describeChangeError(remove.error) : null}
                onConfirm={() => remove.mutate({ id: conversation.id })}
                onCancel={() => {
                  remove.reset();
                  setConfirming(null);
                  setRefocus(deleteButtonId(conversation.id));
                }}
              />
            ) : (
              <li key={conversation.id} className="flex items-center gap-1">
                <Link
                  href={`/assistant?c=${conversation.id}`}
                  aria-current={conversation.id === currentId ? "page" : undefined}
                  className="flex min-h-9 min-w-0 flex-1 items-center truncate rounded-md px-2 text-sm hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:font-semibold"
                >
                  <span className="truncate">{conversation.title}</span>
                </Link>
                <button
                  type="button"
                  id={renameButtonId(conversation.id)}
                  aria-label={`Rename conversation “${conversation.title}”`}
                  onClick={() => {
                    setConfirming(null);
                    setRenaming(conversation.id);
                  }}
                  className="inline-flex size-9 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface"
                >
                  <Icon name="pencil" className="size-4" />
                </button>
                <button
                  type="button"
                  id={deleteButtonId(conversation.id)}
                  aria-label={`Delete conversation “${conversation.title}”`}
                  onClick={() => {
                    setRenaming(null);
                    setConfirming(conversation.id);
                  }}
                  className="inline-flex size-9 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface"
                >
                  <Icon name="trash" className="size-4" />
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </nav>
  );
}

function DeleteConfirmation({
  title,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const itemRef = useRef<HTMLLIElement>(null);
  // The question replaces the row the focus was on: keep the keyboard where the answer is.
  useEffect(() => itemRef.current?.querySelector("button")?.focus(), []);
  return (
    <li ref={itemRef} className="flex flex-col gap-2 rounded-md border border-danger p-2 text-sm">
      <p>Delete “{title}” and all its messages? This cannot be undone.</p>
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button variant="primary" disabled={pending} onClick={onConfirm}>
          Delete
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </li>
  );
}
