import { describe, expect, it } from "vitest";
import { pairIssue, settingPairIssues } from "./env-pairs";

describe("settings that go in pairs", () => {
  it("accepts both or neither", () => {
    expect(pairIssue({}, "SMTP_URL", "EMAIL_FROM")).toBeNull();
    expect(pairIssue({ SMTP_URL: "smtp://h", EMAIL_FROM: "a@b.c" }, "SMTP_URL", "EMAIL_FROM")).toBeNull();
  });

  it("names the missing half", () => {
    expect(pairIssue({ SMTP_URL: "smtp://h" }, "SMTP_URL", "EMAIL_FROM")?.path).toBe("EMAIL_FROM");
    expect(pairIssue({ EMAIL_FROM: "a@b.c" }, "SMTP_URL", "EMAIL_FROM")?.path).toBe("SMTP_URL");
  });

  it("checks every OAuth provider's client id and secret", () => {
    expect(settingPairIssues({ GITHUB_CLIENT_ID: "id" }).map((issue) => issue.path)).toEqual(["GITHUB_CLIENT_SECRET"]);
    expect(settingPairIssues({ GOOGLE_CLIENT_SECRET: "s" }).map((issue) => issue.path)).toEqual(["GOOGLE_CLIENT_ID"]);
    expect(settingPairIssues({ OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" }).map((issue) => issue.path)).toEqual([
      "OIDC_DISCOVERY_URL",
    ]);
    expect(settingPairIssues({ GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "s" })).toEqual([]);
  });

  it("wants BENCH_SECRET with BENCH", () => {
    expect(settingPairIssues({ BENCH: "1" }).map((issue) => issue.path)).toEqual(["BENCH_SECRET"]);
    expect(settingPairIssues({ BENCH: "1", BENCH_SECRET: "s".repeat(16) })).toEqual([]);
  });

  it("wants the three VAPID settings together", () => {
    const all = { VAPID_PUBLIC_KEY: "pub", VAPID_PRIVATE_KEY: "priv", VAPID_SUBJECT: "mailto:ops@example.com" };
    expect(settingPairIssues(all)).toEqual([]);
    expect(settingPairIssues({ VAPID_PUBLIC_KEY: "pub" }).map((issue) => issue.path)).toEqual([
      "VAPID_PRIVATE_KEY",
      "VAPID_SUBJECT",
    ]);
    expect(settingPairIssues({ VAPID_SUBJECT: "mailto:ops@example.com" }).map((issue) => issue.path)).toEqual([
      "VAPID_PUBLIC_KEY",
    ]);
  });
});
