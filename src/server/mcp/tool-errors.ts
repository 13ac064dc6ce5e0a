import "server-only";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { TRPCError } from "@trpc/server";
import { $ZodError } from "zod/v4/core";
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
 * A tool's failure as an MCP tool error (`isError`), never a protocol error or an HTTP 500: the agent
 * reads the message and can correct its call. Unexpected failures say only that, with the request id.
 */
export function toolError(error: unknown, requestId: string): CallToolResult {
  const mapped = toTRPCError(error);
  let message: string;
  if (mapped.cause instanceof $ZodError) {
    message = `Invalid input: ${zodMessage(mapped.cause)}`;
  } else if (TOLD_CODES.has(mapped.code)) {
    message = mapped.message;
  } else {
    // tRPC's own middleware has logged failures inside procedures; this catches the tool layer's.
    if (!(error instanceof TRPCError)) console.error(`[mcp] tool failed (request ${requestId}):`, error);
    message = `Something went wrong on our side. Please try again (request ${requestId}).`;
  }
  return { isError: true, content: [{ type: "text", text: message }] };
}
