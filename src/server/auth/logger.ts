import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { errorSummary, log } from "@/server/log";

/** Better Auth's messages as lines of the app's JSON log, redacted, instead of its colored console output. */
export const authLogger: NonNullable<BetterAuthOptions["logger"]> = {
  log: (level, message, ...args: unknown[]) => {
    const details = args.map((arg) => (arg instanceof Error ? errorSummary(arg) : arg));
    log[level](`better-auth: ${message}`, details.length > 0 ? { details } : {});
  },
};
