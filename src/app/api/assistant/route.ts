import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { env } from "@/env";
import { ASSISTANT_UNAVAILABLE_MESSAGE } from "@/lib/assistant";
import { requestIdFrom } from "@/lib/request-id";
import { streamAnswer } from "@/server/ai/chat";
import { historyForTurn } from "@/server/ai/history";
import { assistantModel } from "@/server/ai/model";
import { readAssistantRequest } from "@/server/ai/request";
import { timeZoneOf } from "@/server/auth/time-zone";
import { trustedOrigins } from "@/server/auth/urls";
import { errorSummary, log } from "@/server/log";
import { consumeRateLimit, perMinute } from "@/server/rate-limit";
import { createContext } from "@/server/trpc/context";
import { toTRPCError } from "@/server/trpc/errors";
import { checkMutationRequest } from "@/server/trpc/http-guards";
import { GENERIC_ERROR_MESSAGE } from "@/server/trpc/init";

/** A tool round trip or two on a slow model: more than Vercel's default function time. */
export const maxDuration = 60;

function refuse(status: number, message: string, headers?: HeadersInit) {
  return Response.json({ error: { message } }, { status, headers });
}

/** The chat shows this as it is (the transport hands the body to the page). */
function rateLimitMessage(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds === 1 ? "a second" : `${retryAfterSeconds} seconds`;
  return `You are sending messages faster than the assistant allows. Wait ${wait}, then try again.`;
}

/**
 * As tRPC answers: a database outage is a 503 "try again", anything unexpected a generic 500. Logged with
 * the request id; on a server failure (5xx) the body carries it too, for the chat to show as its
 * reference (the response's x-request-id is the same id).
 */
function refuseError(error: unknown, requestId: string, userId: string | null) {
  const mapped = error instanceof TRPCError ? error : toTRPCError(error);
  const status = getHTTPStatusCodeFromError(mapped);
  const internal = mapped.code === "INTERNAL_SERVER_ERROR";
  // As the tRPC call log words it: the cause of an unexpected failure, the message of an expected one.
  const call = { requestId, userId, route: "/api/assistant", status, outcome: mapped.code };
  if (internal) log.error("assistant request failed", { ...call, ...errorSummary(mapped.cause ?? mapped) });
  else log.warn("assistant request refused", { ...call, error: mapped.message });
  return Response.json(
    { error: { message: internal ? GENERIC_ERROR_MESSAGE : mapped.message, ...(status >= 500 ? { requestId } : {}) } },
    { status },
  );
}

/**
 * One turn of a conversation with the assistant: the user's new message, or their answers to the
 * confirmations it asked for. Streams the answer (AI SDK UI message stream) and stores it.
 */
export async function POST(request: Request) {
  const guard = checkMutationRequest(request, trustedOrigins);
  if (guard) return refuse(guard.status, guard.message);

  let ctx: Awaited<ReturnType<typeof createContext>>;
  try {
    ctx = await createContext({ headers: request.headers });
  } catch (error) {
    return refuseError(error, requestIdFrom(request.headers), null);
  }
  if (!ctx.identity) return refuse(401, "Sign in to continue.");
  const { user } = ctx.identity;

  const model = assistantModel();
  if (!model) return refuse(503, ASSISTANT_UNAVAILABLE_MESSAGE);

  const read = await readAssistantRequest(request);
  if (!read.ok) return refuse(read.status, read.message);

  try {
    // Every turn counts (a message or confirmation answers): each one may call the model several times.
    const limited = await consumeRateLimit(
      ctx.db,
      { kind: "assistant-user", userId: user.id },
      perMinute(env.ASSISTANT_RATE_LIMIT_PER_MINUTE),
    );
    if (!limited.ok) {
      return refuse(429, rateLimitMessage(limited.retryAfterSeconds), {
        "retry-after": String(limited.retryAfterSeconds),
      });
    }
    const history = await historyForTurn(ctx.db, user.id, read.body);
    if (!history.ok) return refuse(history.status, history.message);
    return await streamAnswer({
      ctx,
      user: { id: user.id, name: user.name, timeZone: timeZoneOf(user) },
      conversationId: read.body.conversationId,
      model,
      messages: history.messages,
      stored: history.stored,
    });
  } catch (error) {
    return refuseError(error, ctx.requestId, user.id);
  }
}
