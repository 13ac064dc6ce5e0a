import { toNextJsHandler } from "better-auth/next-js";
import { isPublicCorsPath } from "@/lib/public-cors";
import { auth } from "@/server/auth/auth";
import { AUTHORIZE_PATH, keepUntrustedErrorsHome } from "@/server/auth/oauth-error-redirect";
import { trustedOrigins } from "@/server/auth/urls";
import { checkOrigin } from "@/server/trpc/http-guards";

const handler = toNextJsHandler(auth);

export async function GET(request: Request) {
  const response = await handler.GET(request);
  if (new URL(request.url).pathname !== AUTHORIZE_PATH) return response;
  return keepUntrustedErrorsHome(request, response);
}

export async function POST(request: Request) {
  // Better Auth checks Origin only on requests that carry cookies; sign-up and
  // sign-in from a foreign page (login CSRF) are refused here as well. The OAuth calls MCP clients make
  // themselves (register, token, revoke) are open to every origin and reach us without cookies (proxy.ts).
  const failure = isPublicCorsPath(new URL(request.url).pathname) ? null : checkOrigin(request, trustedOrigins);
  if (failure) return Response.json({ message: failure.message, code: "INVALID_ORIGIN" }, { status: failure.status });
  return handler.POST(request);
}
