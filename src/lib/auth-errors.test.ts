import { describe, expect, it } from "vitest";
import {
  codeErrorMessage,
  describeAuthError,
  describeOAuthError,
  newPasswordErrorMessage,
  passwordErrorMessage,
} from "@/lib/auth-errors";
import { safeNextPath } from "./safe-next-path";

describe("describeAuthError", () => {
  it("says 'wrong email or password' for bad credentials", () => {
    expect(describeAuthError({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" })).toBe("Wrong email or password.");
  });

  it("asks to wait when rate limited", () => {
    expect(describeAuthError({ status: 429 })).toMatch(/too many attempts/i);
  });

  it("says how long a two-factor lockout lasts, rather than 'wait a minute'", () => {
    expect(describeAuthError({ status: 429, code: "ACCOUNT_TEMPORARILY_LOCKED" })).toBe(
      "Too many wrong codes. Try again in 15 minutes.",
    );
  });

  it("shows the server's wait for a locked account or a flooded inbox, and only for those", () => {
    const locked = {
      status: 429,
      code: "TOO_MANY_SIGN_IN_ATTEMPTS",
      message: "Too many attempts; try again in 12 minutes.",
    };
    expect(describeAuthError(locked)).toBe("Too many attempts; try again in 12 minutes.");
    const flooded = {
      status: 429,
      code: "TOO_MANY_EMAILS",
      message: "Too many emails to this address; try again in 40 minutes.",
    };
    expect(describeAuthError(flooded)).toBe("Too many emails to this address; try again in 40 minutes.");
    expect(describeAuthError({ status: 429, code: "OTHER", message: "internal words" })).not.toContain("internal");
  });

  it("sends back to sign-in when the two-factor step has expired", () => {
    expect(describeAuthError({ status: 401, code: "INVALID_TWO_FACTOR_COOKIE" })).toMatch(/sign in again/i);
  });

  it("does not show server internals", () => {
    expect(describeAuthError({ status: 500, message: "relation does not exist" })).not.toContain("relation");
  });

  it("gives a server failure the reference of its request, and a refusal none", () => {
    const requestId = "0b7e5c1e-4a8f-4c3e-9d2b-1f6a7c8e9d0a";
    expect(describeAuthError({ status: 500, requestId })).toBe(
      `Something went wrong on our side. Please try again. (reference: ${requestId})`,
    );
    expect(describeAuthError({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD", requestId })).toBe(
      "Wrong email or password.",
    );
  });
});

describe("describeOAuthError", () => {
  it("is null without an error", () => {
    expect(describeOAuthError(null)).toBeNull();
    expect(describeOAuthError("")).toBeNull();
  });

  it("explains an existing account that could not be linked", () => {
    expect(describeOAuthError("account_not_linked")).toMatch(/already exists/i);
  });

  it("never repeats an unknown code from the query string", () => {
    const message = describeOAuthError("Your_account_is_locked_call_555-0100");
    expect(message).toMatch(/did not work/i);
    expect(message).not.toContain("555");
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

describe("two-factor error wording", () => {
  it("names a wrong or replayed code, and leaves other failures alone", () => {
    expect(codeErrorMessage({ status: 401, code: "INVALID_CODE" })).toMatch(/not right/);
    expect(codeErrorMessage({ status: 401, code: "TOTP_CODE_ALREADY_USED" })).toMatch(/already used/);
    expect(codeErrorMessage({ status: 401, code: "INVALID_BACKUP_CODE" })).toMatch(/backup code/);
    expect(codeErrorMessage({ status: 429, code: "ACCOUNT_TEMPORARILY_LOCKED" })).toBeNull();
  });

  it("names a wrong current password, and a new one out of bounds", () => {
    expect(newPasswordErrorMessage({ status: 400, code: "PASSWORD_TOO_SHORT" })).toMatch(/at least/);
    expect(newPasswordErrorMessage({ status: 400, code: "PASSWORD_TOO_LONG" })).toMatch(/at most/);
    expect(newPasswordErrorMessage({ status: 400, code: "INVALID_PASSWORD" })).toBeNull();
    expect(passwordErrorMessage({ status: 400, code: "INVALID_PASSWORD" })).toBe("That password is not right.");
    expect(passwordErrorMessage({ status: 500 })).toBeNull();
  });
});
