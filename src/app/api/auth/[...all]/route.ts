import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/server/auth/auth";
import { trustedOrigins } from "@/server/auth/urls";
import { checkOrigin } from "@/server/trpc/http-guards";

const handler = toNextJsHandler(auth);

export const GET = handler.GET;

export async function POST(request: Request) {
  // Better Auth checks Origin only on requests that carry cookies; sign-up and
  // sign-in from a foreign page (login CSRF) are refused here as well.
  const failure = checkOrigin(request, trustedOrigins);
  if (failure) return Response.json({ message: failure.message, code: "INVALID_ORIGIN" }, { status: failure.status });
  return handler.POST(request);
}
