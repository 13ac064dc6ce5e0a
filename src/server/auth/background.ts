import "server-only";
import { after } from "next/server";
import { env } from "@/env";

/**
 * With real mail, auth endpoints answer first and send after the response (Next's `after`, which
 * Vercel keeps alive until done): how long SMTP takes would otherwise tell whether an address has
 * an account. Outbox writes (development, tests) stay inline, so a test can read them at once.
 */
export const backgroundTasks =
  env.SMTP_URL && env.EMAIL_FROM ? { handler: (task: Promise<unknown>) => after(task) } : undefined;
