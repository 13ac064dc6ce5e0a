import { inArray, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimit } from "@/server/db/schema";
import {
  consumeRateLimit,
  perMinute,
  pruneRateLimits,
  type RateLimitSubject,
  resetRateLimit,
} from "@/server/rate-limit";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

const mcp = (token: string): RateLimitSubject => ({ kind: "mcp-token", token });
const assistant = (userId: string): RateLimitSubject => ({ kind: "assistant-user", userId });

describe("the MCP per-token rate limit", () => {
  it("allows `max` requests a minute per token, then says when to retry; a new window starts afresh", async () => {
    const { db } = database;
    expect(await consumeRateLimit(db, mcp("tlpat_a"), perMinute(2))).toEqual({ ok: true });
    expect(await consumeRateLimit(db, mcp("tlpat_a"), perMinute(2))).toEqual({ ok: true });
    const refused = await consumeRateLimit(db, mcp("tlpat_a"), perMinute(2));
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another token has its own count.
    expect(await consumeRateLimit(db, mcp("tlpat_b"), perMinute(2))).toEqual({ ok: true });

    await db.update(rateLimit).set({ lastRequest: sql`${rateLimit.lastRequest} - 60000` });
    expect(await consumeRateLimit(db, mcp("tlpat_a"), perMinute(2))).toEqual({ ok: true });
  });

  it("stores a hash of the token, never the token", async () => {
    await consumeRateLimit(database.db, mcp("tlpat_secret"), perMinute(5));
    const rows = await database.db.select().from(rateLimit).where(like(rateLimit.key, "mcp:%"));
    expect(rows.map((row) => row.key).join()).not.toContain("secret");
    expect(rows.every((row) => /^mcp:[0-9a-f]{64}$/.test(row.key))).toBe(true);
  });
});

describe("the assistant's per-user rate limit", () => {
  it("counts each user apart from the others and from MCP tokens", async () => {
    const { db } = database;
    const alice = crypto.randomUUID();
    expect(await consumeRateLimit(db, assistant(alice), perMinute(1))).toEqual({ ok: true });
    expect(await consumeRateLimit(db, assistant(alice), perMinute(1))).toMatchObject({ ok: false });
    expect(await consumeRateLimit(db, assistant(crypto.randomUUID()), perMinute(1))).toEqual({ ok: true });
    // An MCP token that happens to be the user's id is another counter.
    expect(await consumeRateLimit(db, mcp(alice), perMinute(1))).toEqual({ ok: true });
    const rows = await db.select().from(rateLimit).where(like(rateLimit.key, "assistant:%"));
    expect(rows.map((row) => row.key).sort()).toContain(`assistant:${alice}`);
  });
});

describe("pruneRateLimits", () => {
  it("deletes the counters of windows that ended a day ago or more, and keeps the rest", async () => {
    const db = database.db;
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    await db.insert(rateLimit).values([
      { key: "prune:old", count: 3, lastRequest: now - day - 60_000 },
      { key: "prune:recent", count: 3, lastRequest: now - day + 60_000 },
    ]);
    expect(await pruneRateLimits(db, now)).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ key: rateLimit.key })
      .from(rateLimit)
      .where(inArray(rateLimit.key, ["prune:old", "prune:recent"]));
    expect(left).toEqual([{ key: "prune:recent" }]);
  });
});

describe("longer windows, and the per-account and per-address subjects", () => {
  const hourly = { max: 2, windowSeconds: 60 * 60 };

  it("keeps counting across minutes until the window's own length has passed", async () => {
    const { db } = database;
    const subject: RateLimitSubject = { kind: "email-recipient", email: "flooded@example.test" };
    await consumeRateLimit(db, subject, hourly);
    await consumeRateLimit(db, subject, hourly);
    await db.update(rateLimit).set({ lastRequest: sql`${rateLimit.lastRequest} - 30 * 60000` });
    const refused = await consumeRateLimit(db, subject, hourly);
    expect(refused).toMatchObject({ ok: false });
    // Half the hour is left: the wait says so (in seconds).
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(29 * 60);
    await db.update(rateLimit).set({ lastRequest: sql`${rateLimit.lastRequest} - 30 * 60000` });
    expect(await consumeRateLimit(db, subject, hourly)).toEqual({ ok: true });
  });

  it("counts an address however it is written, and stores only its hash", async () => {
    const { db } = database;
    await consumeRateLimit(db, { kind: "sign-in-account", email: "Victim@Example.test" }, hourly);
    await consumeRateLimit(db, { kind: "sign-in-account", email: " victim@example.test" }, hourly);
    expect(await consumeRateLimit(db, { kind: "sign-in-account", email: "VICTIM@example.test" }, hourly)).toMatchObject(
      {
        ok: false,
      },
    );
    // The same address as an email recipient is another counter.
    expect(await consumeRateLimit(db, { kind: "email-recipient", email: "victim@example.test" }, hourly)).toEqual({
      ok: true,
    });
    const rows = await db.select({ key: rateLimit.key }).from(rateLimit).where(like(rateLimit.key, "sign-in:%"));
    expect(rows.map((row) => row.key).join()).not.toContain("victim");
  });

  it("resetRateLimit forgets one subject's count and no other's", async () => {
    const { db } = database;
    const mine: RateLimitSubject = { kind: "sign-in-account", email: "reset-me@example.test" };
    const theirs: RateLimitSubject = { kind: "sign-in-account", email: "keep-me@example.test" };
    for (const subject of [mine, mine, theirs, theirs]) await consumeRateLimit(db, subject, perMinute(2));
    await resetRateLimit(db, mine);
    expect(await consumeRateLimit(db, mine, perMinute(2))).toEqual({ ok: true });
    expect(await consumeRateLimit(db, theirs, perMinute(2))).toMatchObject({ ok: false });
  });
});
