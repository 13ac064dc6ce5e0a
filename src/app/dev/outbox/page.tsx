import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/env";
import { db } from "@/server/db";
import { latestOutboxMessages, OUTBOX_PAGE_SIZE } from "@/server/email/outbox";
import { LinkifiedText } from "./linkified-text";

export const metadata: Metadata = { title: "Outbox (development)" };

/**
 * The mail the app would have sent, for development without SMTP. Absent in production:
 * the messages hold sign-in links. The HTTP tests read the table itself.
 */
export default async function OutboxPage() {
  await connection();
  if (env.NODE_ENV === "production") notFound();
  const messages = await latestOutboxMessages(db);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-10">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-sm text-muted">
          Email written to the database instead of sent (no SMTP_URL). The latest {OUTBOX_PAGE_SIZE}, newest first.
        </p>
      </div>
      {messages.length === 0 ? (
        <p className="text-muted">No email yet. Sign up or ask for a password reset.</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {messages.map((message) => (
            <li key={message.id} className="flex flex-col gap-2 rounded-lg border border-border p-4">
              <h2 className="font-semibold">{message.subject}</h2>
              <p className="text-sm text-muted">
                To {message.to} ·{" "}
                <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString()}</time>
              </p>
              <LinkifiedText text={message.text} />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
