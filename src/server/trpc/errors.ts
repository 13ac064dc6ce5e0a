import "server-only";
import { TRPCError } from "@trpc/server";
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "@/lib/schemas/task";
import { DomainError, type DomainErrorKind } from "@/server/domain-errors";
import { MALFORMED_REQUEST_MESSAGE } from "./envelope";

// The one place where errors that are not TRPCErrors become TRPCErrors.

const DOMAIN_ERROR_CODES = {
  notFound: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
} as const satisfies Record<DomainErrorKind, TRPCError["code"]>;

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

const CONNECTION_ERROR_MESSAGES = [
  /connection terminated/i,
  // pg after its connection died: what a transaction's later statements and its rollback (which Drizzle
  // throws in place of the first failure) fail with.
  /client has encountered a connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /connection (?:is )?(?:closed|ended)/i,
  /connect(?:ion)? timeout/i,
  /pglite is closed/i,
  /websocket/i,
];

export const DATABASE_UNAVAILABLE_MESSAGE = "Database unavailable, try again";

/** Walks an error's `cause` chain (drizzle wraps driver errors in DrizzleQueryError). */
function* causeChain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    yield current;
    current = current instanceof Error || typeof current === "object" ? Reflect.get(current, "cause") : undefined;
  }
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code: unknown = Reflect.get(error, "code");
  return typeof code === "string" ? code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return uniqueViolationConstraint(error) !== undefined;
}

/** The unique constraint or index a write broke ("" when the driver does not say), else undefined. */
export function uniqueViolationConstraint(error: unknown): string | undefined {
  for (const cause of causeChain(error)) {
    if (codeOf(cause) !== "23505") continue;
    const constraint: unknown = typeof cause === "object" && cause !== null ? Reflect.get(cause, "constraint") : "";
    return typeof constraint === "string" ? constraint : "";
  }
  return undefined;
}

/** Words for the CHECK constraints a user's input can break (the schema's last line of defence). */
const CHECK_MESSAGES: Record<string, string> = {
  task_due_time_needs_date: "A due time needs a due date.",
  task_recurrence_complete: "A repeating task needs a due date.",
  task_title_length: `A title has 1 to ${TASK_TITLE_MAX} characters.`,
  task_description_length: `A description has at most ${TASK_DESCRIPTION_MAX.toLocaleString("en")} characters.`,
  task_priority_range: "Priority is p1 to p4.",
};

/** A value the database refused (a CHECK constraint, or data of the wrong form): the caller's mistake. */
function invalidValueMessage(error: unknown): string | null {
  for (const cause of causeChain(error)) {
    const code = codeOf(cause);
    if (code === "23514") {
      const constraint: unknown = typeof cause === "object" && cause ? Reflect.get(cause, "constraint") : undefined;
      return (typeof constraint === "string" && CHECK_MESSAGES[constraint]) || "That value is not allowed.";
    }
    if (code?.startsWith("22")) return "That value is not valid.";
  }
  return null;
}

/** Two transactions that each waited for the other (deadlock) or could not both commit (serialization). */
function isTransactionConflict(error: unknown): boolean {
  for (const cause of causeChain(error)) {
    const code = codeOf(cause);
    if (code === "40P01" || code === "40001") return true;
  }
  return false;
}

export function isConnectionFailure(error: unknown): boolean {
  for (const cause of causeChain(error)) {
    const code = codeOf(cause);
    if (code && (CONNECTION_ERROR_CODES.has(code) || code.startsWith("08"))) return true;
    if (cause instanceof AggregateError && cause.errors.some(isConnectionFailure)) return true;
    if (cause instanceof Error && CONNECTION_ERROR_MESSAGES.some((pattern) => pattern.test(cause.message))) {
      return true;
    }
  }
  return false;
}

/** tRPC's answer to a body or `?input=` that is not JSON: JSON.parse's words, which quote the input back. */
function isUnparsableInput(error: unknown): error is TRPCError {
  return error instanceof TRPCError && error.code === "BAD_REQUEST" && error.cause?.name === "SyntaxError";
}

/**
 * Maps an error a procedure threw to the TRPCError the client sees. TRPCErrors
 * thrown on purpose pass through; `unknown` errors keep their cause for logging.
 */
export function toTRPCError(error: unknown): TRPCError {
  if (isUnparsableInput(error)) {
    return new TRPCError({ code: "BAD_REQUEST", message: MALFORMED_REQUEST_MESSAGE, cause: error.cause });
  }
  if (error instanceof TRPCError && !(error.code === "INTERNAL_SERVER_ERROR" && error.cause)) return error;
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof TRPCError) return cause;
  if (cause instanceof DomainError)
    return new TRPCError({ code: DOMAIN_ERROR_CODES[cause.kind], message: cause.message, cause });
  if (isUniqueViolation(cause)) {
    return new TRPCError({ code: "CONFLICT", message: "That already exists.", cause });
  }
  if (isTransactionConflict(cause)) {
    return new TRPCError({ code: "CONFLICT", message: "Another change got in the way; try again.", cause });
  }
  const invalid = invalidValueMessage(cause);
  if (invalid) return new TRPCError({ code: "BAD_REQUEST", message: invalid, cause });
  if (isConnectionFailure(cause)) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause });
  }
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: cause instanceof Error ? cause.message : "Unknown error",
    cause,
  });
}

/** A call through the server-side caller that failed as not found (a page answers it with its 404). */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof TRPCError && error.code === "NOT_FOUND";
}

/**
 * The message of a call through the server-side caller that was refused as not found or forbidden (a page
 * shows it in place), else undefined.
 */
export function refusalMessage(error: unknown): string | undefined {
  return error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")
    ? error.message
    : undefined;
}
