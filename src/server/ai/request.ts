import "server-only";
import { ASSISTANT_BODY_MAX_BYTES, type AssistantRequestBody, assistantRequestBody } from "@/lib/schemas/assistant";
import { readBodyWithLimit } from "@/server/trpc/http-guards";

type Refusal = { ok: false; status: 400 | 413; message: string };

/** The turn the browser sent: at most 64 KB of JSON, one new message or approval answers. */
export async function readAssistantRequest(
  request: Request,
): Promise<{ ok: true; body: AssistantRequestBody } | Refusal> {
  const raw = await readBodyWithLimit(request, ASSISTANT_BODY_MAX_BYTES);
  if (!raw)
    return { ok: false, status: 413, message: `Request body is larger than ${ASSISTANT_BODY_MAX_BYTES / 1024} KB.` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return { ok: false, status: 400, message: "The request body is not JSON." };
  }
  const parsed = assistantRequestBody.safeParse(json);
  if (!parsed.success)
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "Invalid request." };
  return { ok: true, body: parsed.data };
}
