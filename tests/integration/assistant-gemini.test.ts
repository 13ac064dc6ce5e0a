// The assistant on the real Google provider (@ai-sdk/google), with Gemini's HTTP API played by a fake
// `fetch`: every tool schema converts to a function declaration Gemini accepts, a function call runs the
// tool as the user, and its result goes back as a functionResponse. No network, no key: what a real key
// adds is only Gemini's own choices.
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { agentTools } from "@/server/agent-tools";
import { streamAnswer } from "@/server/ai/chat";
import { historyForTurn } from "@/server/ai/history";
import { readToolData } from "@/server/ai/tool-data";
import { identityFromSession } from "@/server/auth/identity";
import { loadMessages } from "@/server/modules/conversations/queries";
import { createInnerContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

/** The fields of Gemini's Schema object (its OpenAPI 3.0 subset); anything else is refused by the API. */
const GEMINI_SCHEMA_FIELDS = new Set([
  "type",
  "format",
  "title",
  "description",
  "nullable",
  "enum",
  "maxItems",
  "minItems",
  "properties",
  "required",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "example",
  "anyOf",
  "propertyOrdering",
  "default",
  "items",
  "minimum",
  "maximum",
]);

/** Paths in a schema that Gemini would refuse: unknown fields, and enums on anything but strings. */
function unsupportedByGemini(schema: unknown, path = "$"): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const problems = Object.keys(node)
    .filter((key) => !GEMINI_SCHEMA_FIELDS.has(key))
    .map((key) => `${path}.${key}`);
  if (node.enum !== undefined && node.type !== "string") problems.push(`${path}.enum on ${String(node.type)}`);
  for (const [name, child] of Object.entries((node.properties as Record<string, unknown>) ?? {})) {
    problems.push(...unsupportedByGemini(child, `${path}.${name}`));
  }
  if (node.items) problems.push(...unsupportedByGemini(node.items, `${path}[]`));
  for (const [index, child] of ((node.anyOf as unknown[]) ?? []).entries()) {
    problems.push(...unsupportedByGemini(child, `${path}|${index}`));
  }
  return problems;
}

const functionResponsePart = z.object({
  functionResponse: z.object({ name: z.string(), response: z.object({ content: z.string() }) }),
});

interface GeminiRequest {
  url: string;
  body: {
    contents: { role: string; parts: Record<string, unknown>[] }[];
    systemInstruction?: { parts: { text: string }[] };
    tools?: { functionDeclarations: { name: string; description: string; parameters?: unknown }[] }[];
  };
}

/** Gemini's streamGenerateContent (alt=sse) answering each request with the next scripted parts. */
function fakeGemini(replies: Record<string, unknown>[][]) {
  const requests: GeminiRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({ url: String(input), body: JSON.parse(String(init?.body)) as GeminiRequest["body"] });
    const parts = replies[requests.length - 1];
    if (!parts) return Response.json({ error: { code: 500, message: "no scripted reply" } }, { status: 500 });
    const chunk = {
      candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
      usageMetadata: { promptTokenCount: 100, candidatesTokenCount: 10, totalTokenCount: 110 },
    };
    return new Response(`data: ${JSON.stringify(chunk)}\r\n\r\n`, { headers: { "content-type": "text/event-stream" } });
  };
  return { requests, fetch };
}

describe("the assistant on Google's provider", () => {
  it("(the schema check itself finds what Gemini refuses)", () => {
    expect(
      unsupportedByGemini({
        type: "object",
        additionalProperties: false,
        properties: { p: { type: "integer", enum: [1, 2] }, list: { type: "array", items: { $ref: "#/x" } } },
      }),
    ).toEqual(["$.additionalProperties", "$.p.enum on integer", "$.list[].$ref"]);
  });

  it("declares every tool as Gemini accepts it, runs a function call as the user and answers", async () => {
    const session = await createSignedInUser(database.db);
    const ctx = createInnerContext({ db: database.db, identity: identityFromSession(session) });
    const gemini = fakeGemini([
      [{ functionCall: { name: "add_task", args: { title: "Buy milk", priority: 1 } } }],
      [{ text: "Added “Buy milk” with priority 1." }],
    ]);
    const model = createGoogleGenerativeAI({ apiKey: "test-key", fetch: gemini.fetch })("gemini-2.5-flash");
    const conversationId = crypto.randomUUID();
    const history = await historyForTurn(database.db, session.user.id, {
      conversationId,
      message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: "add Buy milk, urgent" }] },
    });
    if (!history.ok) throw new Error(history.message);

    const response = await streamAnswer({
      ctx,
      user: { id: session.user.id, name: session.user.name, timeZone: "Europe/Paris" },
      conversationId,
      model,
      messages: history.messages,
      stored: history.stored,
    });
    expect(response.status).toBe(200);
    await response.text();

    expect(gemini.requests).toHaveLength(2);
    const [first, second] = gemini.requests;
    expect(first?.url).toMatch(/\/models\/gemini-2\.5-flash:streamGenerateContent\?alt=sse$/);
    const declarations = first?.body.tools?.flatMap((tools) => tools.functionDeclarations) ?? [];
    expect(declarations.map((declaration) => declaration.name).sort()).toEqual(
      agentTools.map((tool) => tool.name).sort(),
    );
    expect(declarations.find((declaration) => declaration.name === "add_task")?.parameters).toMatchObject({
      type: "object",
      properties: { title: { type: "string" }, priority: expect.any(Object) },
    });
    for (const declaration of declarations) {
      expect(unsupportedByGemini(declaration.parameters), declaration.name).toEqual([]);
      expect(declaration.description.length, declaration.name).toBeGreaterThan(20);
    }
    expect(first?.body.systemInstruction?.parts[0]?.text).toContain("Europe/Paris");

    // The task exists, made through the user's own procedures.
    const api = createCaller(ctx);
    const [task] = (await api.task.list({})).items;
    expect(task).toMatchObject({ title: "Buy milk", priority: 1 });

    // Gemini got the tool's result back, as a functionResponse after its own call, in its data envelope.
    const lastTurns = second?.body.contents.slice(-2) ?? [];
    expect(lastTurns[0]).toMatchObject({ role: "model", parts: [{ functionCall: { name: "add_task" } }] });
    const { functionResponse } = functionResponsePart.parse(lastTurns[1]?.parts[0]);
    expect(functionResponse.name).toBe("add_task");
    expect(readToolData(functionResponse.response.content)).toEqual({
      task_id: task?.id,
      status: "created",
      title: "Buy milk",
    });

    const stored = (await loadMessages(database.db, session.user.id, conversationId)) ?? [];
    const answer = stored.at(-1)?.parts.flatMap((part) => (part.type === "text" ? [part.text] : []));
    expect(answer).toEqual(["Added “Buy milk” with priority 1."]);
  });
});
