import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { requestIdFrom } from "@/lib/request-id";
import { trustedOrigins } from "@/server/auth/urls";
import { runInRequestScope, serverTiming } from "@/server/request-scope";
import { countApiRequest, retryAfterHeader } from "@/server/trpc/api-rate-limit";
import { logUnloggedFailure } from "@/server/trpc/call-log";
import { createContext } from "@/server/trpc/context";
import { checkMutationRequest, MAX_BATCH_SIZE, MAX_BODY_BYTES, readBodyWithLimit } from "@/server/trpc/http-guards";
import { appRouter } from "@/server/trpc/root";

function handle(request: Request) {
  const requestId = requestIdFrom(request.headers);
  return runInRequestScope(requestId, (scope) =>
    fetchRequestHandler({
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
    }),
  );
}

function refuse(status: number, message: string) {
  return Response.json({ error: { message } }, { status });
}

export const GET = handle;

export async function POST(request: Request) {
  const failure = checkMutationRequest(request, trustedOrigins);
  if (failure) return refuse(failure.status, failure.message);
  const body = await readBodyWithLimit(request);
  if (!body) return refuse(413, `Request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
  return handle(new Request(request, { body }));
}
