import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { errorSummary, log } from "@/server/log";
import { currentRequestId } from "@/server/request-scope";

/**
 * Better Auth's messages as lines of the app's JSON log, redacted, with the id of the request they are about
 * (the auth route runs each request in a scope), instead of its colored console output.
 */
export const authLogger: NonNullable<BetterAuthOptions["logger"]> = {
  log: (level, message, ...args: unknown[]) => {
    const details = args.map((arg) => (arg instanceof Error ? errorSummary(arg) : arg));
    const requestId = currentRequestId() ?? null;
    log[level](`better-auth: ${message}`, details.length > 0 ? { requestId, details } : { requestId });
  },
};
