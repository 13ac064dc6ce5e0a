import { withReference } from "@/lib/error-reference";

/**
 * The words of a failed chat request: the route answers `{ error: { message, requestId? } }` (the
 * transport puts the response body in the Error's message), with the request id on a server failure
 * (shown as its reference); anything else is a network failure.
 */
export function chatErrorMessage(error: Error): string {
  try {
    const body: unknown = JSON.parse(error.message);
    if (typeof body === "object" && body !== null && "error" in body) {
      const inner = (body as { error: unknown }).error;
      if (typeof inner === "object" && inner !== null && "message" in inner) {
        const { message } = inner as { message: unknown };
        if (typeof message === "string" && message) return withReference(message, inner);
      }
    }
  } catch {
    // Not JSON: the stream's own error text, or a network failure.
  }
  return error.message && !error.message.startsWith("{") && error.message.length < 300
    ? error.message
    : "The assistant could not be reached. Check your connection and try again.";
}
