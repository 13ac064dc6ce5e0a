import "server-only";
import { TRPCError } from "@trpc/server";
import { $ZodError } from "zod/v4/core";
import { errorSummary, log } from "@/server/log";
import { toTRPCError } from "@/server/trpc/errors";

/** Failures that are the caller's to fix (or to retry): their own words reach the agent. */
const TOLD_CODES = new Set<TRPCError["code"]>([
  "BAD_REQUEST",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHORIZED",
  "PRECONDITION_FAILED",
  "TOO_MANY_REQUESTS",
  "SERVICE_UNAVAILABLE",
]);

function zodMessage(error: $ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/**
 * A tool's failure in words an agent can act on: invalid input and the routers' own messages (not found,
 * conflict…) as they are; anything unexpected only as that, with the request id (details are logged).
 */
export function toolFailureMessage(error: unknown, requestId: string, tag: string): string {
  const mapped = toTRPCError(error);
  if (mapped.cause instanceof $ZodError) return `Invalid input: ${zodMessage(mapped.cause)}`;
  if (TOLD_CODES.has(mapped.code)) return mapped.message;
  // tRPC's own middleware has logged failures inside procedures; this catches the tool layer's.
  if (!(error instanceof TRPCError)) log.error(`${tag}: tool failed`, { requestId, ...errorSummary(error) });
  return `Something went wrong on our side. Please try again (request ${requestId}).`;
}
