import { describe, expect, it } from "vitest";
import { backupCode, totpCode } from "./two-factor";

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
