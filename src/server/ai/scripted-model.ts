import "server-only";
import { randomUUID } from "node:crypto";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";
import { planScriptedStep, type ScriptedStep } from "./scripted-plan";

// `ai/test` has no test-runner dependency (checked): plain classes, safe in the production bundle.

type DoStream = MockLanguageModelV3["doStream"];
type StreamResult = Awaited<ReturnType<DoStream>>;
type StreamPart = StreamResult["stream"] extends ReadableStream<infer Part> ? Part : never;

const usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

function partsOf(step: ScriptedStep): StreamPart[] {
  const start: StreamPart = { type: "stream-start", warnings: [] };
  if (step.kind === "tool" || step.kind === "tools") {
    const calls = step.kind === "tool" ? [step] : step.calls;
    return [
      start,
      ...calls.map(
        (call): StreamPart => ({
          type: "tool-call",
          toolCallId: `call-${randomUUID()}`,
          toolName: call.toolName,
          input: JSON.stringify(call.input),
        }),
      ),
      { type: "finish", usage, finishReason: { unified: "tool-calls", raw: undefined } },
    ];
  }
  const id = `text-${randomUUID()}`;
  // Word by word, so the answer streams as a real model's does.
  const words = step.text.match(/\S+\s*/g) ?? [step.text];
  return [
    start,
    { type: "text-start", id },
    ...words.map((delta): StreamPart => ({ type: "text-delta", id, delta })),
    { type: "text-end", id },
    { type: "finish", usage, finishReason: { unified: "stop", raw: undefined } },
  ];
}

/** The scripted test model (ASSISTANT_MODEL=test-scripted): a new one per request (the mock records its calls). */
export function scriptedModel() {
  return new MockLanguageModelV3({
    provider: "tasklane",
    modelId: "test-scripted",
    doStream: async ({ prompt }) => ({
      stream: simulateReadableStream({ chunks: partsOf(planScriptedStep(prompt)), chunkDelayInMs: 5 }),
    }),
  });
}
