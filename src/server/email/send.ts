import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";
import { writeToOutbox } from "./outbox";
import { sendWithSmtp } from "./smtp";
import type { EmailMessage } from "./types";

export type { EmailMessage } from "./types";

const firstLink = (text: string) => /https?:\/\/\S+/.exec(text)?.[0];

/**
 * Every email the app sends goes through here: over SMTP when configured, else into the
 * `email_outbox` table with one log line (its link too, outside production).
 */
export async function sendEmail(message: EmailMessage): Promise<void> {
  if (env.SMTP_URL && env.EMAIL_FROM) {
    await sendWithSmtp({ url: env.SMTP_URL, from: env.EMAIL_FROM }, message);
    return;
  }
  await writeToOutbox(db, message);
  const link = env.NODE_ENV === "production" ? undefined : firstLink(message.text);
  console.info(`[email] outbox: "${message.subject}" to ${message.to}${link ? ` ${link}` : ""}`);
}
