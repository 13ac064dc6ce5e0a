/** The request id the server put on a tRPC error (`data.requestId`), if any. */
export function requestIdOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const data: unknown = Reflect.get(error, "data");
  if (typeof data !== "object" || data === null) return undefined;
  const requestId: unknown = Reflect.get(data, "requestId");
  return typeof requestId === "string" && requestId !== "" ? requestId : undefined;
}

/** A server-side failure's message with what the user can quote to support: "… (reference: <id>)". */
export function withReference(message: string, error: unknown): string {
  const requestId = requestIdOf(error);
  return requestId ? `${message} (reference: ${requestId})` : message;
}
