import { inArray, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimit } from "@/server/db/schema";
import { consumeRateLimit, pruneRateLimits, type RateLimitSubject } from "@/server/rate-limit";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

const mcp = (token: string): RateLimitSubject => ({ kind: "mcp-token", token });
const assistant = (userId: string): RateLimitSubject => ({ kind: "assistant-user", userId });

describe("the MCP per-token rate limit", () => {
  it("allows `max` requests a minute per token, then says when to retry; a new window starts afresh", async () => {
    const { db } = database;
    expect(await consumeRateLimit(db, mcp("tlpat_a"), 2)).toEqual({ ok: true });
    expect(await consumeRateLimit(db, mcp("tlpat_a"), 2)).toEqual({ ok: true });
    const refused = await consumeRateLimit(db, mcp("tlpat_a"), 2);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another token has its own count.
    expect(await consumeRateLimit(db, mcp("tlpat_b"), 2)).toEqual({ ok: true });

    await db.update(rateLimit).set({ lastRequest: sql`${rateLimit.lastRequest} - 60000` });
    expect(await consumeRateLimit(db, mcp("tlpat_a"), 2)).toEqual({ ok: true });
  });

  it("stores a hash of the token, never the token", async () => {
    await consumeRateLimit(database.db, mcp("tlpat_secret"), 5);
    const rows = await database.db.select().from(rateLimit).where(like(rateLimit.key, "mcp:%"));
    expect(rows.map((row) => row.key).join()).not.toContain("secret");
    expect(rows.every((row) => /^mcp:[0-9a-f]{64}$/.test(row.key))).toBe(true);
  });
});

describe("the assistant's per-user rate limit", () => {
  it("counts each user apart from the others and from MCP tokens", async () => {
    const { db } = database;
    const alice = crypto.randomUUID();
    expect(await consumeRateLimit(db, assistant(alice), 1)).toEqual({ ok: true });
    expect(await consumeRateLimit(db, assistant(alice), 1)).toMatchObject({ ok: false });
    expect(await consumeRateLimit(db, assistant(crypto.randomUUID()), 1)).toEqual({ ok: true });
    // An MCP token that happens to be the user's id is another counter.
    expect(await consumeRateLimit(db, mcp(alice), 1)).toEqual({ ok: true });
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
