import "server-only";
import { env } from "@/env";
import { type Database, db } from "@/server/db";
import { log } from "@/server/log";
import { withoutLinks, writeToOutbox } from "./outbox";
import { sendWithSmtp } from "./smtp";
import type { EmailMessage } from "./types";

export type { EmailMessage } from "./types";

const firstLink = (text: string) => /https?:\/\/\S+/.exec(text)?.[0];

/**
 * Every email the app sends goes through here: over SMTP when configured, else into the
 * `email_outbox` table (without its links in production: EMAIL_OUTBOX) with one log line: a JSON line
 * with the address masked in production, a readable line with the address and its link outside
 * production (a developer follows it). `outboxDb`: the database of the request that sends it (tests give
 * each file its own).
 */
export async function sendEmail(message: EmailMessage, outboxDb: Database = db): Promise<void> {
  if (env.SMTP_URL && env.EMAIL_FROM) {
    await sendWithSmtp({ url: env.SMTP_URL, from: env.EMAIL_FROM }, message);
    return;
  }
  await writeToOutbox(outboxDb, env.EMAIL_OUTBOX === "full" ? message : withoutLinks(message));
  if (env.NODE_ENV === "production") {
    log.info("email written to the outbox", { subject: message.subject, to: message.to });
    return;
  }
  const link = firstLink(message.text);
  console.info(`[email] outbox: "${message.subject}" to ${message.to}${link ? ` ${link}` : ""}`);
}
