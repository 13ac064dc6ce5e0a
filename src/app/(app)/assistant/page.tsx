import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { assistantEnabled } from "@/server/ai/model";
import { requireSession } from "@/server/auth/session";
import { isNotFoundError } from "@/server/trpc/errors";
import { api, HydrateClient } from "@/trpc/server";
import { AssistantOff } from "./_components/assistant-off";
import { Chat } from "./_components/chat";
import { ConversationList } from "./_components/conversation-list";

export const metadata: Metadata = { title: "Assistant" };

const conversationParam = z.uuid().catch("");

function nullWhenNotFound(error: unknown): null {
  if (isNotFoundError(error)) return null;
  throw error;
}

/** The assistant: past conversations and one open chat (?c=<id>; none: a new one). */
export default async function AssistantPage({ searchParams }: PageProps<"/assistant">) {
  await connection();
  await requireSession();
  if (!assistantEnabled()) return <AssistantOff />;

  const requested = conversationParam.parse((await searchParams).c);
  const [open] = await Promise.all([
    requested ? api.conversation.byId({ id: requested }).catch(nullWhenNotFound) : null,
    api.conversation.list.prefetch(),
  ]);
  // Not found (deleted, or not theirs) opens a new conversation rather than an error page.
  const conversationId = open?.id ?? randomUUID();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Assistant</h1>
      <HydrateClient paths={["conversation.list"]}>
        <ConversationList />
        <Chat key={conversationId} conversationId={conversationId} initialMessages={open?.messages ?? []} />
      </HydrateClient>
    </div>
  );
}
