import { describe, expect, it } from "vitest";
import { createSessionCache } from "./session-cache";

interface Found {
  id: string;
  expiresAt: number;
}

function setup(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const clock = { now: 1_000_000 };
  const cache = createSessionCache<Found>({
    ttlMs: options.ttlMs ?? 5_000,
    maxEntries: options.maxEntries ?? 10,
    validUntil: (found) => found.expiresAt,
    now: () => clock.now,
  });
  const loads: string[] = [];
  const loader =
    (id: string, expiresAt = clock.now + 60_000) =>
    async () => {
      loads.push(id);
      return { id, expiresAt };
    };
  return { cache, clock, loads, loader };
}

describe("session cache", () => {
  it("reads a session once within the TTL, again after it", async () => {
    const { cache, clock, loads, loader } = setup();
    expect(await cache.read("token-a", loader("a"))).toMatchObject({ id: "a" });
    clock.now += 4_999;
    expect(await cache.read("token-a", loader("a"))).toMatchObject({ id: "a" });
    expect(loads).toEqual(["a"]);
    clock.now += 1;
    await cache.read("token-a", loader("a"));
    expect(loads).toEqual(["a", "a"]);
  });

  it("never keeps a session past its own expiry", async () => {
    const { cache, clock, loads, loader } = setup();
    await cache.read("token-a", loader("a", clock.now + 1_000));
    clock.now += 1_000;
    await cache.read("token-a", loader("a"));
    expect(loads).toEqual(["a", "a"]);
  });

  it("keeps tokens apart and does not remember a missing session", async () => {
    const { cache, loads, loader } = setup();
    await cache.read("token-a", loader("a"));
    await cache.read("token-b", loader("b"));
    expect(await cache.read("token-c", async () => null)).toBeNull();
    expect(await cache.read("token-c", async () => null)).toBeNull();
    await cache.read("token-a", loader("a"));
    expect(loads).toEqual(["a", "b"]);
    expect(cache.size).toBe(2);
  });

  it("forget(): the next read goes to the database, and a read under way when it ran is not kept", async () => {
    const { cache, loads, loader } = setup();
    await cache.read("token-a", loader("a"));
    cache.forget();
    await cache.read("token-a", loader("a"));
    expect(loads).toEqual(["a", "a"]);

    let finish: (value: Found) => void = () => {};
    const slow = cache.read("token-b", () => new Promise<Found>((resolve) => (finish = resolve)));
    cache.forget(); // e.g. the session was revoked while its row was being read
    finish({ id: "b", expiresAt: Number.MAX_SAFE_INTEGER });
    expect(await slow).toMatchObject({ id: "b" });
    await cache.read("token-b", loader("b"));
    expect(loads).toEqual(["a", "a", "b"]);
  });

  it("shares one load among the reads of a token that arrive while it is under way", async () => {
    const { cache, loads, loader } = setup();
    let finish: (value: Found) => void = () => {};
    const slow = () => {
      loads.push("a");
      return new Promise<Found>((resolve) => (finish = resolve));
    };
    const reads = [cache.read("token-a", slow), cache.read("token-a", slow), cache.read("token-a", slow)];
    const other = cache.read("token-b", loader("b"));
    finish({ id: "a", expiresAt: Number.MAX_SAFE_INTEGER });
    expect(await Promise.all(reads)).toEqual([1, 2, 3].map(() => ({ id: "a", expiresAt: Number.MAX_SAFE_INTEGER })));
    expect(await other).toMatchObject({ id: "b" });
    await cache.read("token-a", loader("a"));
    expect(loads).toEqual(["a", "b"]);
  });

  it("shares neither a failed load nor one that forget() overtook", async () => {
    const { cache, loads, loader } = setup();
    const failing = cache.read("token-a", async () => {
      loads.push("fails");
      throw new Error("database down");
    });
    await expect(failing).rejects.toThrow("database down");
    expect(await cache.read("token-a", loader("a"))).toMatchObject({ id: "a" });

    let finish: (value: Found) => void = () => {};
    const before = cache.read("token-b", () => new Promise<Found>((resolve) => (finish = resolve)));
    cache.forget(); // revoked while its row was being read: later reads must read again
    const after = cache.read("token-b", loader("b"));
    finish({ id: "stale", expiresAt: Number.MAX_SAFE_INTEGER });
    expect(await before).toMatchObject({ id: "stale" });
    expect(await after).toMatchObject({ id: "b" });
    expect(loads).toEqual(["fails", "a", "b"]);
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const { cache, loads, loader } = setup({ maxEntries: 2 });
    await cache.read("token-a", loader("a"));
    await cache.read("token-b", loader("b"));
    await cache.read("token-a", loader("a")); // a is now the most recently used
    await cache.read("token-c", loader("c")); // b goes
    expect(cache.size).toBe(2);
    await cache.read("token-a", loader("a"));
    await cache.read("token-b", loader("b"));
    expect(loads).toEqual(["a", "b", "c", "b"]);
  });
});
