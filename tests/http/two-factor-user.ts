import { expect } from "vitest";
import { secretOf, totpCode } from "~tests/factories/totp";
import type { HttpSession } from "./client";

/** Turns two-factor on for a signed-in browser (enable with the password, confirm a code); returns the secret. */
export async function turnOnTwoFactor(browser: HttpSession, password: string): Promise<string> {
  return (await turnOnTwoFactorWithBackupCodes(browser, password)).secret;
}

/** As turnOnTwoFactor, with the backup codes shown when it was turned on. */
export async function turnOnTwoFactorWithBackupCodes(browser: HttpSession, password: string) {
  const enable = await browser.post("/api/auth/two-factor/enable", { password });
  expect(enable.status).toBe(200);
  const { totpURI, backupCodes } = (await enable.json()) as { totpURI: string; backupCodes: string[] };
  const secret = secretOf(totpURI);
  expect((await browser.post("/api/auth/two-factor/verify-totp", { code: totpCode(secret) })).status).toBe(200);
  return { secret, backupCodes };
}

/** A code that was not used to turn two-factor on: the next period's (the server accepts ±1 period). */
export const nextCode = (secret: string) => totpCode(secret, Date.now() + 30_000);
