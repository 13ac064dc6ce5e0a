import "server-only";
import { desc } from "drizzle-orm";
import type { Database } from "@/server/db";
import { emailOutbox } from "@/server/db/schema";
import type { EmailMessage } from "./types";

/** Without SMTP: keep the message in the database, where /dev/outbox and the tests read it. */
export async function writeToOutbox(db: Database, message: EmailMessage): Promise<void> {
  await db.insert(emailOutbox).values(message);
}

export const OUTBOX_PAGE_SIZE = 50;

/** The latest messages, newest first. */
export function latestOutboxMessages(db: Database) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(OUTBOX_PAGE_SIZE);
}
