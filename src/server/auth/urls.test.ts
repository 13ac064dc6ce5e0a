import { describe, expect, it } from "vitest";
import { resolveTrustedOrigins } from "./urls";

describe("resolveTrustedOrigins", () => {
  it("is the app's own origin when nothing else is configured", () => {
    expect(resolveTrustedOrigins("https://tasks.example.com", {})).toEqual(["https://tasks.example.com"]);
  });

  it("adds this deployment's Vercel URLs, and only those", () => {
    const origins = resolveTrustedOrigins("https://tasks.example.com", {
      vercelHosts: ["tasklane-abc123-team.vercel.app", "tasklane-git-feature-team.vercel.app", undefined],
    });
    expect(origins).toEqual([
      "https://tasks.example.com",
      "https://tasklane-abc123-team.vercel.app",
      "https://tasklane-git-feature-team.vercel.app",
    ]);
    expect(origins.some((origin) => origin.includes("*"))).toBe(false);
  });

  it("adds configured extras as origins, without duplicates", () => {
    expect(
      resolveTrustedOrigins("http://localhost:3000", {
        extra: " https://admin.example.com/path , http://localhost:3000 ",
      }),
    ).toEqual(["http://localhost:3000", "https://admin.example.com"]);
  });

  it("refuses a wildcard with a message naming it", () => {
    expect(() => resolveTrustedOrigins("https://tasks.example.com", { extra: "https://*.vercel.app" })).toThrow(
      /wildcard/,
    );
  });
});
