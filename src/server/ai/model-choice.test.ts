import { describe, expect, it } from "vitest";
import { assistantSettingIssue, chooseAssistantModel, DEFAULT_GEMINI_MODEL, SCRIPTED_MODEL } from "./model-choice";

describe("chooseAssistantModel", () => {
  it("is unavailable without an API key or a test model", () => {
    expect(chooseAssistantModel({})).toEqual({ kind: "unavailable", reason: "no-key" });
    expect(chooseAssistantModel({ ASSISTANT_MODEL: "gemini-2.5-pro" })).toEqual({
      kind: "unavailable",
      reason: "no-key",
    });
  });

  it("runs Gemini with a key: the default model, or the one named", () => {
    expect(chooseAssistantModel({ GOOGLE_GENERATIVE_AI_API_KEY: "k" })).toEqual({
      kind: "google",
      apiKey: "k",
      modelId: DEFAULT_GEMINI_MODEL,
    });
    expect(
      chooseAssistantModel({
        GOOGLE_GENERATIVE_AI_API_KEY: "k",
        ASSISTANT_MODEL: "gemini-2.5-pro",
        VERCEL_ENV: "production",
      }),
    ).toEqual({ kind: "google", apiKey: "k", modelId: "gemini-2.5-pro" });
  });

  it("runs the scripted test model only when asked, and never in production", () => {
    expect(chooseAssistantModel({ ASSISTANT_MODEL: SCRIPTED_MODEL })).toEqual({ kind: "scripted" });
    expect(chooseAssistantModel({ ASSISTANT_MODEL: SCRIPTED_MODEL, VERCEL_ENV: "preview" })).toEqual({
      kind: "scripted",
    });
    // Even with a key: the test model is refused, not silently swapped for Gemini.
    expect(
      chooseAssistantModel({
        ASSISTANT_MODEL: SCRIPTED_MODEL,
        VERCEL_ENV: "production",
        GOOGLE_GENERATIVE_AI_API_KEY: "k",
      }),
    ).toEqual({ kind: "unavailable", reason: "scripted-in-production" });
  });

  it("makes the scripted model in production an environment error", () => {
    expect(assistantSettingIssue({ ASSISTANT_MODEL: SCRIPTED_MODEL, VERCEL_ENV: "production" })).toMatch(/refused/);
    expect(assistantSettingIssue({ ASSISTANT_MODEL: SCRIPTED_MODEL })).toBeNull();
    expect(assistantSettingIssue({})).toBeNull();
  });
});
