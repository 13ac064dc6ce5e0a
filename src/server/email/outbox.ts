import "server-only";
import { desc, lt } from "drizzle-orm";
import type { Database } from "@/server/db";
import { emailOutbox } from "@/server/db/schema";
import type { EmailMessage } from "./types";

/** Without SMTP: keep the message in the database, where /dev/outbox and the tests read it. */
export async function writeToOutbox(db: Database, message: EmailMessage): Promise<void> {
  await db.insert(emailOutbox).values(message);
}

// Every link the app mails (sign-in, reset, verification, reminders), as text or as an HTML attribute.
const LINK = /https?:\/\/[^\s"'<>]+/g;
export const REMOVED_LINK = "[link removed]";

/**
 * The message without its links, which carry sign-in, reset and verification tokens: what a production
 * outbox keeps (EMAIL_OUTBOX=redacted), so a copy of the table opens no account. That a mail was sent,
 * to whom and its subject stay.
 */
export function withoutLinks(message: EmailMessage): EmailMessage {
  return { ...message, text: message.text.replace(LINK, REMOVED_LINK), html: message.html.replace(LINK, REMOVED_LINK) };
}

/** How long the outbox keeps a message. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Deletes messages older than OUTBOX_RETENTION_MS (the daily cleanup); how many went. */
export async function pruneOutbox(db: Database, now = Date.now()): Promise<number> {
  const deleted = await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.createdAt, new Date(now - OUTBOX_RETENTION_MS)))
    .returning({ id: emailOutbox.id });
  return deleted.length;
}

export const OUTBOX_PAGE_SIZE = 50;

/** The latest messages, newest first. */
export function latestOutboxMessages(db: Database) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(OUTBOX_PAGE_SIZE);
}
