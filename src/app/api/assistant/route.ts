import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ASSISTANT_UNAVAILABLE_MESSAGE } from "@/lib/assistant";
import { ASSISTANT_BODY_MAX_BYTES, assistantRequestBody } from "@/lib/schemas/assistant";
import { streamAnswer } from "@/server/ai/chat";
import { appendUserMessage, applyApprovals } from "@/server/ai/history";
import { assistantModel } from "@/server/ai/model";
import { timeZoneOf } from "@/server/auth/time-zone";
import { trustedOrigins } from "@/server/auth/urls";
import { loadMessages } from "@/server/modules/conversations/queries";
import { ensureConversation } from "@/server/modules/conversations/store";
import { createContext } from "@/server/trpc/context";
import { checkMutationRequest, readBodyWithLimit } from "@/server/trpc/http-guards";
import { GENERIC_ERROR_MESSAGE } from "@/server/trpc/init";

/** A tool round trip or two on a slow model: more than Vercel's default function time. */
export const maxDuration = 60;

function refuse(status: number, message: string) {
  return Response.json({ error: { message } }, { status });
}

function refuseError(error: TRPCError) {
  const status = getHTTPStatusCodeFromError(error);
  return refuse(
    status,
    status >= 500 && error.code === "INTERNAL_SERVER_ERROR" ? GENERIC_ERROR_MESSAGE : error.message,
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
    return refuseError(error instanceof TRPCError ? error : new TRPCError({ code: "INTERNAL_SERVER_ERROR" }));
  }
  if (!ctx.identity) return refuse(401, "Sign in to continue.");
  const { user } = ctx.identity;

  const model = assistantModel();
  if (!model) return refuse(503, ASSISTANT_UNAVAILABLE_MESSAGE);

  const raw = await readBodyWithLimit(request, ASSISTANT_BODY_MAX_BYTES);
  if (!raw) return refuse(413, `Request body is larger than ${ASSISTANT_BODY_MAX_BYTES / 1024} KB.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return refuse(400, "The request body is not JSON.");
  }
  const parsed = assistantRequestBody.safeParse(json);
  if (!parsed.success) return refuse(400, parsed.error.issues[0]?.message ?? "Invalid request.");
  const body = parsed.data;

  const notFound = () => refuse(404, "Conversation not found.");
  let history: ReturnType<typeof appendUserMessage>;
  if ("message" in body) {
    const text = body.message.parts.map((part) => part.text).join(" ");
    if (!(await ensureConversation(ctx.db, user.id, body.conversationId, text))) return notFound();
    const stored = (await loadMessages(ctx.db, user.id, body.conversationId)) ?? [];
    history = appendUserMessage(stored, body.message);
  } else {
    const stored = await loadMessages(ctx.db, user.id, body.conversationId);
    if (!stored) return notFound();
    history = applyApprovals(stored, body.approvals);
  }
  if (!history.ok) return refuse(history.status, history.message);

  return streamAnswer({
    ctx,
    user: { id: user.id, name: user.name, timeZone: timeZoneOf(user) },
    conversationId: body.conversationId,
    model,
    messages: history.messages,
  });
}
