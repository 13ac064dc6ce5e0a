import "server-only";
import { createHash } from "node:crypto";
import { like, lt, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { rateLimit } from "@/server/db/schema";

const WINDOW_MS = 60_000;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** What is counted: MCP calls per access token, assistant turns per user. */
export type RateLimitSubject = { kind: "mcp-token"; token: string } | { kind: "assistant-user"; userId: string };

/**
 * The row's key: a namespace, then the subject; a token only as its hash, never the token itself. A key
 * that counts a user's requests ends with `:<user id>`, so the user's counters go with their account.
 */
export function rateLimitKey(subject: RateLimitSubject): string {
  switch (subject.kind) {
    case "mcp-token":
      return `mcp:${createHash("sha256").update(subject.token).digest("hex")}`;
    case "assistant-user":
      return `assistant:${subject.userId}`;
  }
}

/**
 * Counts one request of a subject in a fixed one-minute window, in Better Auth's rate_limit table (one
 * upsert, so every serverless instance counts the same calls). For these keys `last_request` is when the
 * window opened.
 */
export async function consumeRateLimit(db: Database, subject: RateLimitSubject, max: number): Promise<RateLimitResult> {
  const key = rateLimitKey(subject);
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

/**
 * Deletes the counters of windows that ended a day or more ago (every token leaves one row): the daily
 * cleanup. Better Auth's own rows (its IP-based keys) are counted the same way and go too.
 */
export async function pruneRateLimits(db: Database, now = Date.now()): Promise<number> {
  const deleted = await db
    .delete(rateLimit)
    .where(lt(rateLimit.lastRequest, now - 24 * 60 * 60 * 1000))
    .returning({ id: rateLimit.id });
  return deleted.length;
}

/** Deletes the counters of a user's own requests (keys ending with their id): part of deleting the account. */
export async function deleteUserRateLimits(db: Database, userId: string): Promise<void> {
  await db.delete(rateLimit).where(like(rateLimit.key, `%:${userId}`));
}
