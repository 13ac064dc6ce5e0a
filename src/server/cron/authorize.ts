import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

export type CronAuthorization = { ok: true } | { ok: false; status: 401 | 503; message: string };

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Who may run a cron route: a caller presenting `Authorization: Bearer $CRON_SECRET` (what Vercel
 * Cron sends). Without a secret configured, production refuses (503: misconfigured, not "wrong
 * secret"), while development and test deliberately run unauthenticated so `curl` can trigger it.
 */
export function authorizeCron(
  authorization: string | null,
  settings: { secret: string | undefined; nodeEnv: "development" | "test" | "production" },
): CronAuthorization {
  if (!settings.secret) {
    if (settings.nodeEnv === "production") {
      return { ok: false, status: 503, message: "CRON_SECRET is not configured." };
    }
    return { ok: true };
  }
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first wrong byte.
  const expected = digest(`Bearer ${settings.secret}`);
  if (authorization && timingSafeEqual(digest(authorization), expected)) return { ok: true };
  return { ok: false, status: 401, message: "Unauthorized." };
}
