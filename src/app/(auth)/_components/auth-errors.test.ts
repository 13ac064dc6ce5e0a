import { describe, expect, it } from "vitest";
import { describeAuthError, safeNextPath } from "./auth-errors";

describe("describeAuthError", () => {
  it("says 'wrong email or password' for bad credentials", () => {
    expect(describeAuthError({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" })).toBe("Wrong email or password.");
  });

  it("asks to wait when rate limited", () => {
    expect(describeAuthError({ status: 429 })).toMatch(/too many attempts/i);
  });

  it("does not show server internals", () => {
    expect(describeAuthError({ status: 500, message: "relation does not exist" })).not.toContain("relation");
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/tasks?view=today", "/tasks?view=today"],
    [null, "/"],
    ["https://evil.example", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/\n/evil.example", "/"],
    ["tasks", "/"],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
