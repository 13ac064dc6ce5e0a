import "server-only";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import type { LanguageModel } from "ai";
import { env } from "@/env";
import { chooseAssistantModel } from "./model-choice";
import { scriptedModel } from "./scripted-model";

/** The assistant's model for this request, or null when the assistant is switched off. */
export function assistantModel(): LanguageModel | null {
  const choice = chooseAssistantModel(env);
  switch (choice.kind) {
    case "google":
      return createGoogleGenerativeAI({ apiKey: choice.apiKey })(choice.modelId);
    case "scripted":
      return scriptedModel();
    case "unavailable":
      return null;
  }
}

/** Whether the assistant can run here (the page shows how to enable it otherwise). */
export function assistantEnabled(): boolean {
  return chooseAssistantModel(env).kind !== "unavailable";
}
