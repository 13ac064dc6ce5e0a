import { describe, expect, it } from "vitest";
import { backupCode, totpCode } from "./schemas/two-factor";
import { codeErrorMessage, passwordErrorMessage } from "./two-factor-errors";

describe("two-factor error wording", () => {
  it("names a wrong or replayed code, and leaves other failures alone", () => {
    expect(codeErrorMessage({ status: 401, code: "INVALID_CODE" })).toMatch(/not right/);
    expect(codeErrorMessage({ status: 401, code: "TOTP_CODE_ALREADY_USED" })).toMatch(/already used/);
    expect(codeErrorMessage({ status: 401, code: "INVALID_BACKUP_CODE" })).toMatch(/backup code/);
    expect(codeErrorMessage({ status: 429, code: "ACCOUNT_TEMPORARILY_LOCKED" })).toBeNull();
  });

  it("names a wrong password", () => {
    expect(passwordErrorMessage({ status: 400, code: "INVALID_PASSWORD" })).toBe("That password is not right.");
    expect(passwordErrorMessage({ status: 500 })).toBeNull();
  });
});

describe("code schemas", () => {
  it.each([
    ["123456", "123456"],
    [" 123 456 ", "123456"],
  ])("reads the TOTP code %j as %j", (typed, read) => {
    expect(totpCode.parse(typed)).toBe(read);
  });

  it.each(["12345", "1234567", "12345a", ""])("refuses the TOTP code %j", (typed) => {
    expect(totpCode.safeParse(typed).success).toBe(false);
  });

  it.each([
    ["abcde-12345", "abcde-12345"],
    ["abcde12345", "abcde-12345"],
    [" AbCdE-12345 ", "AbCdE-12345"],
  ])("reads the backup code %j as %j", (typed, read) => {
    expect(backupCode.parse(typed)).toBe(read);
  });

  it.each(["abcd-12345", "abcde_12345", ""])("refuses the backup code %j", (typed) => {
    expect(backupCode.safeParse(typed).success).toBe(false);
  });
});
