import "server-only";

/**
 * The largest body a tRPC or MCP request may have. The largest call a client sends, a task with a
 * 10,000-character description, is at most 60 kB; parsing is most of what a bigger body costs.
 */
export const MAX_BODY_BYTES = 128 * 1024;
/** Sign-in, sign-up and the other auth calls carry a few fields: nothing near this. */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;

export type GuardFailure = { status: 403 | 413 | 415; message: string };

/**
 * Mutations come only as JSON POSTs from our own origin. Form posts
 * (multipart, urlencoded, text/plain) are the shapes a cross-site page can send
 * without a CORS preflight, so they are refused outright.
 */
export function checkMutationRequest(request: Request, trustedOrigins: readonly string[]): GuardFailure | null {
  const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") {
    return { status: 415, message: "Send mutations as application/json." };
  }
  return checkOrigin(request, trustedOrigins);
}

/**
 * Browsers always send Origin on POST, so a foreign one is refused. Scripts
 * (Bearer tokens, curl) send none and carry no ambient cookie risk.
 */
export function checkOrigin(request: Request, trustedOrigins: readonly string[]): GuardFailure | null {
  const origin = request.headers.get("origin");
  const foreign =
    origin !== null ? !trustedOrigins.includes(origin) : request.headers.get("sec-fetch-site") === "cross-site";
  return foreign ? { status: 403, message: "Cross-origin request refused." } : null;
}

/**
 * Reads at most `limit` bytes of the body; null when it is larger. Checks
 * Content-Length first, then counts, since a chunked body declares no length.
 */
export async function readBodyWithLimit(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
