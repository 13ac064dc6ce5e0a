import "server-only";
import { createHash } from "node:crypto";
import { eq, inArray, like, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/server/db";
import { rateLimit } from "@/server/db/schema";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** At most `max` in a fixed window of `windowSeconds`, opened by the first one counted. */
export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

/** The common case: requests a minute. */
export const perMinute = (max: number): RateLimitRule => ({ max, windowSeconds: 60 });

/**
 * What is counted: MCP calls per access token, assistant turns per user, tRPC requests per user, failed
 * sign-ins per account (known or not), emails per recipient address, invitations per inviter and per
 * project, and calendar feed requests per client address (as client-address.ts decides it). None of them
 * is an address a client can change with a header.
 */
export type RateLimitSubject =
  | { kind: "mcp-token"; token: string }
  | { kind: "assistant-user"; userId: string }
  | { kind: "api-user"; userId: string }
  | { kind: "calendar-feed-address"; address: string }
  | { kind: "sign-in-account"; email: string }
  | { kind: "email-recipient"; email: string }
  | { kind: "invitations-by-user"; userId: string }
  | { kind: "invitations-to-project"; projectId: string };

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * The row's key: a namespace, then the subject; a token only as its hash, never the token itself, and an
 * email address as its hash too (the table is not a list of the addresses people typed). A key that
 * counts a user's requests ends with `:<user id>`, so the user's counters go with their account.
 */
export function rateLimitKey(subject: RateLimitSubject): string {
  switch (subject.kind) {
    case "mcp-token":
      return `mcp:${sha256(subject.token)}`;
    case "assistant-user":
      return `assistant:${subject.userId}`;
    case "api-user":
      return `api:${subject.userId}`;
    case "calendar-feed-address":
      return `calendar:${subject.address}`;
    case "sign-in-account":
      return `sign-in:${sha256(subject.email.trim().toLowerCase())}`;
    case "email-recipient":
      return `email-to:${sha256(subject.email.trim().toLowerCase())}`;
    case "invitations-by-user":
      return `invite-by:${subject.userId}`;
    case "invitations-to-project":
      return `invite-to:${subject.projectId}`;
  }
}

/**
 * Counts one event of a subject in a fixed window, in Better Auth's rate_limit table (one upsert, so every
 * serverless instance counts the same events). For these keys `last_request` is when the window opened.
 */
export async function consumeRateLimit(
  db: Database,
  subject: RateLimitSubject,
  rule: RateLimitRule,
): Promise<RateLimitResult> {
  const key = rateLimitKey(subject);
  const now = Date.now();
  const windowMs = rule.windowSeconds * 1000;
  const expired = sql`${rateLimit.lastRequest} <= ${now - windowMs}`;
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
  if (!row || row.count <= rule.max) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.windowStart + windowMs - now) / 1000)) };
}

/** Forgets a subject's count (a successful sign-in clears the account's failures). */
export async function resetRateLimit(db: Database, subject: RateLimitSubject): Promise<void> {
  await db.delete(rateLimit).where(eq(rateLimit.key, rateLimitKey(subject)));
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

/**
 * Deletes the counters of a user's own requests (keys ending with their id) and those of their address
 * (failed sign-ins, mails sent to it): part of deleting the account.
 */
export async function deleteUserRateLimits(db: Database, user: { id: string; email: string }): Promise<void> {
  const addressKeys = [
    rateLimitKey({ kind: "sign-in-account", email: user.email }),
    rateLimitKey({ kind: "email-recipient", email: user.email }),
  ];
  await db.delete(rateLimit).where(or(like(rateLimit.key, `%:${user.id}`), inArray(rateLimit.key, addressKeys)));
}
