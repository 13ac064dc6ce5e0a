import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_BATCH_SIZE } from "@/lib/limits";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/request-id";
import { trustedOrigins } from "@/server/auth/urls";
import { type RequestScope, runInRequestScope, serverTiming } from "@/server/request-scope";
import { countApiRequest, retryAfterHeader } from "@/server/trpc/api-rate-limit";
import { logUnloggedFailure } from "@/server/trpc/call-log";
import { createContext } from "@/server/trpc/context";
import { checkMutationRequest, MAX_BODY_BYTES, readBodyWithLimit } from "@/server/trpc/http-guards";
import { appRouter } from "@/server/trpc/root";

async function handle(request: Request, scope: RequestScope) {
  const { requestId } = scope;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async () => {
      const ctx = await createContext({ headers: request.headers, requestId });
      await countApiRequest(ctx);
      return ctx;
    },
    // Called once the results are in (for a streamed batch, once the first chunk is ready).
    responseMeta: ({ errors }) => ({
      headers: { "server-timing": serverTiming(scope), ...retryAfterHeader(errors) },
    }),
    onError: ({ error, path, type, ctx }) =>
      logUnloggedFailure({ requestId, userId: ctx?.identity?.user.id ?? null, procedure: path, type }, error),
  });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/** Refusals carry Server-Timing too, so what a refused request cost is as visible as every other. */
function refuse(scope: RequestScope, status: number, message: string) {
  const headers = { "server-timing": serverTiming(scope), [REQUEST_ID_HEADER]: scope.requestId };
  return Response.json({ error: { message } }, { status, headers });
}

// The proxy does not run here (see its matcher): each request's id is made here, never the client's.
export function GET(request: Request) {
  return runInRequestScope(newRequestId(), (scope) => handle(request, scope));
}

export function POST(request: Request) {
  return runInRequestScope(newRequestId(), async (scope) => {
    const failure = checkMutationRequest(request, trustedOrigins);
    if (failure) return refuse(scope, failure.status, failure.message);
    const body = await readBodyWithLimit(request);
    if (!body) return refuse(scope, 413, `Request body is larger than ${MAX_BODY_BYTES / 1024} kB.`);
    return handle(new Request(request, { body }), scope);
  });
}
