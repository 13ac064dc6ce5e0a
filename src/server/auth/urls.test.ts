import { describe, expect, it } from "vitest";
import { resolveBaseURL, resolveTrustedOrigins } from "./urls";

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

describe("resolveBaseURL", () => {
  const vercel = {
    VERCEL: "1",
    VERCEL_PROJECT_PRODUCTION_URL: "tasklane.example.com",
    VERCEL_URL: "tasklane-abc123-team.vercel.app",
    VERCEL_BRANCH_URL: "tasklane-git-feature-team.vercel.app",
  };

  it("is BETTER_AUTH_URL's origin whenever it is set, on Vercel too", () => {
    expect(resolveBaseURL({ ...vercel, VERCEL_ENV: "preview", BETTER_AUTH_URL: "https://tasks.example.org/app" })).toBe(
      "https://tasks.example.org",
    );
  });

  it("in Vercel production, is the production domain", () => {
    expect(resolveBaseURL({ ...vercel, VERCEL_ENV: "production" })).toBe("https://tasklane.example.com");
    expect(resolveBaseURL({ ...vercel, VERCEL_ENV: "production", VERCEL_PROJECT_PRODUCTION_URL: undefined })).toBe(
      "https://tasklane-abc123-team.vercel.app",
    );
  });

  it("in a Vercel preview, is the branch URL, else the deployment's own URL", () => {
    expect(resolveBaseURL({ ...vercel, VERCEL_ENV: "preview" })).toBe("https://tasklane-git-feature-team.vercel.app");
    expect(resolveBaseURL({ ...vercel, VERCEL_ENV: "preview", VERCEL_BRANCH_URL: undefined })).toBe(
      "https://tasklane-abc123-team.vercel.app",
    );
  });

  it("a preview's base URL is among its trusted origins with no extra setting", () => {
    const base = resolveBaseURL({ ...vercel, VERCEL_ENV: "preview" });
    const origins = resolveTrustedOrigins(base, { vercelHosts: [vercel.VERCEL_URL, vercel.VERCEL_BRANCH_URL] });
    expect(origins).toContain(base);
    expect(origins).toContain("https://tasklane-abc123-team.vercel.app");
  });

  it("off Vercel (and under `vercel dev`), is the local server on PORT", () => {
    expect(resolveBaseURL({})).toBe("http://localhost:3000");
    expect(resolveBaseURL({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(resolveBaseURL({ ...vercel, VERCEL_ENV: "development", PORT: "3001" })).toBe("http://localhost:3001");
  });
});
