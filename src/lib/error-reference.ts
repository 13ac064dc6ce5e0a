import { REQUEST_ID_HEADER } from "./request-id";

// One way to give a failure shown to the user the reference support can find in the logs: the request id
// the proxy put on the request (and on its response). Every error surface words its failure with
// withReference(); it reads the id from whatever the failure carries.

/**
 * The request id a failure carries, if any: a tRPC error's `data.requestId`, a JSON error body's
 * `requestId` (Better Auth's 5xx answers, see auth-client.ts; the assistant route), or the x-request-id
 * header of the response it came with (a `Response`, or `{ response }` / `{ meta: { response } }`).
 */
export function requestIdOf(error: unknown): string | undefined {
  return (
    nonEmptyString(field(field(error, "data"), "requestId")) ??
    nonEmptyString(field(error, "requestId")) ??
    headerOf(error) ??
    headerOf(field(error, "response")) ??
    headerOf(field(field(error, "meta"), "response"))
  );
}

/**
 * Whether the server failed (5xx) rather than refused what the user sent (4xx: bad input, not allowed,
 * too many tries — the user can act on those, a reference would only add noise). A failure that does not
 * say its status but carries a request id counts as the server's.
 */
export function isServerFailure(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/**
 * A server-side failure's message with what the user can quote to support: "… (reference: <id>)".
 * Input the user can fix (any 4xx), and failures that never reached the server (offline), stay as they are.
 */
export function withReference(message: string, error: unknown): string {
  const requestId = isServerFailure(error) ? requestIdOf(error) : undefined;
  return requestId ? `${message} (reference: ${requestId})` : message;
}

/** tRPC's `data.httpStatus`, a Better Auth error's `status`, or the status of the response it came with. */
function statusOf(error: unknown): number | undefined {
  const candidates = [
    field(field(error, "data"), "httpStatus"),
    field(error, "status"),
    field(field(error, "response"), "status"),
    field(field(field(error, "meta"), "response"), "status"),
  ];
  return candidates.find((value): value is number => typeof value === "number" && Number.isInteger(value));
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function headerOf(value: unknown): string | undefined {
  const headers = field(value, "headers");
  if (!(typeof Headers !== "undefined" && headers instanceof Headers)) return undefined;
  return nonEmptyString(headers.get(REQUEST_ID_HEADER));
}
