import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { rateLimit } from "@/server/db/schema";

const WINDOW_MS = 60_000;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request of a token in a fixed one-minute window, in Better Auth's rate_limit table (one
 * upsert, so every serverless instance counts the same calls). The key holds the token's hash, never the
 * token; for these keys `last_request` is when the window opened.
 */
export async function consumeRateLimit(db: Database, token: string, max: number): Promise<RateLimitResult> {
  const key = `mcp:${createHash("sha256").update(token).digest("hex")}`;
  const now = Date.now();
  const expired = sql`${rateLimit.lastRequest} <= ${now - WINDOW_MS}`;
  const [row] = await db
    .insert(rateLimit)
    .values({ key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimit.count} + 1 end`,
        lastRequest: sql`case when ${expired} then ${now} else ${rateLimit.lastRequest} end`,
      },
    })
    .returning({ count: rateLimit.count, windowStart: rateLimit.lastRequest });
  if (!row || row.count <= max) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.windowStart + WINDOW_MS - now) / 1000)) };
}
