import { describe, expect, it } from "vitest";
import { emailFrom, emailVerificationRequired, smtpUrl } from "./env-schema";

describe("mail settings", () => {
  it("accepts smtp:// and smtps:// URLs only", () => {
    expect(smtpUrl.safeParse("smtp://user:pass@mail.example.com:587").success).toBe(true);
    expect(smtpUrl.safeParse("smtps://mail.example.com").success).toBe(true);
    expect(smtpUrl.safeParse("https://mail.example.com").success).toBe(false);
    expect(smtpUrl.safeParse("mail.example.com").success).toBe(false);
  });

  it("accepts a bare or named From address", () => {
    expect(emailFrom.safeParse("no-reply@example.com").success).toBe(true);
    expect(emailFrom.safeParse("Tasklane <no-reply@example.com>").success).toBe(true);
    expect(emailFrom.safeParse("Tasklane").success).toBe(false);
  });

  it("reads EMAIL_VERIFICATION_REQUIRED as a boolean: unset, true in production and false in development", () => {
    expect(emailVerificationRequired(true).parse(undefined)).toBe(true);
    expect(emailVerificationRequired(false).parse(undefined)).toBe(false);
    expect(emailVerificationRequired(true).parse("false")).toBe(false);
    expect(emailVerificationRequired(false).parse("true")).toBe(true);
    expect(emailVerificationRequired(true).safeParse("maybe").success).toBe(false);
  });
});
