import "server-only";
import type { TRPCError } from "@trpc/server";
import { errorSummary, log } from "@/server/log";

const SERVER_ERRORS = new Set(["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]);
const MAX_CLIENT_MESSAGE = 300;

// The calls each error was already written for (by the procedure middleware), so the route's onError does
// not repeat them. Per call: a failure before any procedure (reading the session) is one error shared by
// every call of the batch, and each of them gets its line.
const logged = new WeakMap<TRPCError, Set<string | undefined>>();

interface Call {
  requestId: string;
  userId: string | null;
  procedure: string | undefined;
  type: string;
  durationMs?: number;
}

/** The one line for a tRPC call: info when it succeeded, warn for the caller's mistakes, error for ours. */
export function logCall(call: Call, error?: TRPCError): void {
  const fields = { ...call, durationMs: call.durationMs === undefined ? undefined : round(call.durationMs) };
  if (!error) {
    log.info("trpc call", { ...fields, outcome: "ok" });
    return;
  }
  logged.set(error, (logged.get(error) ?? new Set()).add(call.procedure));
  if (SERVER_ERRORS.has(error.code)) {
    log.error("trpc call", { ...fields, outcome: error.code, ...errorSummary(error.cause ?? error) });
    return;
  }
  log.warn("trpc call", { ...fields, outcome: error.code, error: error.message.slice(0, MAX_CLIENT_MESSAGE) });
}

/** For failures outside any procedure (reading the session, an unknown procedure, a malformed batch). */
export function logUnloggedFailure(call: Call, error: TRPCError): void {
  if (!logged.get(error)?.has(call.procedure)) logCall(call, error);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
