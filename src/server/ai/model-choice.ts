// Which language model the assistant runs on, from the settings alone. Apart from model.ts (which
// builds the model) and without "server-only", so src/env.ts and unit tests can call it.

export const DEFAULT_GEMINI_MODEL = "gemini-2.5-flash";
/** The scripted stand-in for tests and demos (model.ts, scripted-model.ts): never in production. */
export const SCRIPTED_MODEL = "test-scripted";

export interface AssistantSettings {
  GOOGLE_GENERATIVE_AI_API_KEY?: string | undefined;
  ASSISTANT_MODEL?: string | undefined;
  VERCEL_ENV?: string | undefined;
}

export type ModelChoice =
  | { kind: "google"; apiKey: string; modelId: string }
  | { kind: "scripted" }
  | { kind: "unavailable"; reason: "no-key" | "scripted-in-production" };

export function chooseAssistantModel(settings: AssistantSettings): ModelChoice {
  if (settings.ASSISTANT_MODEL === SCRIPTED_MODEL) {
    return settings.VERCEL_ENV === "production"
      ? { kind: "unavailable", reason: "scripted-in-production" }
      : { kind: "scripted" };
  }
  const apiKey = settings.GOOGLE_GENERATIVE_AI_API_KEY;
  if (!apiKey) return { kind: "unavailable", reason: "no-key" };
  return { kind: "google", apiKey, modelId: settings.ASSISTANT_MODEL ?? DEFAULT_GEMINI_MODEL };
}

/** For src/env.ts: a production deployment must not start on the scripted model. */
export function assistantSettingIssue(settings: AssistantSettings): string | null {
  const choice = chooseAssistantModel(settings);
  return choice.kind === "unavailable" && choice.reason === "scripted-in-production"
    ? `"${SCRIPTED_MODEL}" is a test model and is refused when VERCEL_ENV is production`
    : null;
}
