import { toNextJsHandler } from "better-auth/next-js";
import { isPublicCorsPath } from "@/lib/public-cors";
import { requestIdFrom } from "@/lib/request-id";
import { auth } from "@/server/auth/auth";
import { AUTHORIZE_PATH, keepUntrustedErrorsHome } from "@/server/auth/oauth-error-redirect";
import { trustedOrigins } from "@/server/auth/urls";
import { withClientAddress } from "@/server/client-address";
import { runInRequestScope, serverTiming } from "@/server/request-scope";
import { checkOrigin, MAX_AUTH_BODY_BYTES, readBodyWithLimit } from "@/server/trpc/http-guards";

const handler = toNextJsHandler(auth);

/**
 * Better Auth's answer, in a request scope: its log lines carry the request id, and the response says
 * how long the database took (Server-Timing), like a tRPC call's. Its rate limits and session records
 * see the client address decided by configuration (client-address.ts), never a header as the client sent it.
 */
function scoped(request: Request, answer: (request: Request) => Promise<Response>): Promise<Response> {
  return runInRequestScope(requestIdFrom(request.headers), async (scope) => {
    const response = await answer(withClientAddress(request));
    const headers = new Headers(response.headers);
    headers.set("server-timing", serverTiming(scope));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}

export function GET(request: Request) {
  return scoped(request, async (request) => {
    const response = await handler.GET(request);
    if (new URL(request.url).pathname !== AUTHORIZE_PATH) return response;
    return keepUntrustedErrorsHome(request, response);
  });
}

export async function POST(request: Request) {
  // Better Auth checks Origin only on requests that carry cookies; sign-up and
  // sign-in from a foreign page (login CSRF) are refused here as well. The OAuth calls MCP clients make
  // themselves (register, token, revoke) are open to every origin and reach us without cookies (proxy.ts).
  const failure = isPublicCorsPath(new URL(request.url).pathname) ? null : checkOrigin(request, trustedOrigins);
  if (failure) return Response.json({ message: failure.message, code: "INVALID_ORIGIN" }, { status: failure.status });
  // Counted as read, not only as declared: a chunked body has no Content-Length.
  const body = await readBodyWithLimit(request, MAX_AUTH_BODY_BYTES);
  if (!body) {
    const message = `Request body is larger than ${MAX_AUTH_BODY_BYTES / 1024} kB.`;
    return Response.json({ message, code: "PAYLOAD_TOO_LARGE" }, { status: 413 });
  }
  return scoped(new Request(request, { body }), handler.POST);
}
