import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { EmailMessage } from "./types";

const globalForMail = globalThis as typeof globalThis & { tasklaneMailer?: Transporter };

/** One pooled SMTP connection per process (kept across dev reloads). */
function transporter(url: string): Transporter {
  globalForMail.tasklaneMailer ??= nodemailer.createTransport(url);
  return globalForMail.tasklaneMailer;
}

export async function sendWithSmtp(config: { url: string; from: string }, message: EmailMessage): Promise<void> {
  await transporter(config.url).sendMail({ from: config.from, ...message });
}
