/**
 * The header that carries a request's id: set by the proxy on the request and on the response (by the tRPC
 * route itself on its responses: the proxy skips it).
 */
export const REQUEST_ID_HEADER = "x-request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** Only the ids we make ourselves (v4 UUIDs): anything else could forge log lines or collide on purpose. */
export function isRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * The id the proxy gave this request, or a fresh one where the proxy did not run. The proxy always
 * overwrites a client's x-request-id, so a well-formed value here is ours.
 */
export function requestIdFrom(headers: Headers): string {
  const value = headers.get(REQUEST_ID_HEADER);
  return isRequestId(value) ? value : newRequestId();
}
