import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { isoString, parse, serialize, stringify, transformer } from "./transformer";

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(choices: readonly T[]): T => choices[int(0, choices.length - 1)] as T;
  return { next, int, pick };
}
type Generator = ReturnType<typeof generator>;

// Keys superjson writes specially: dots and backslashes escaped in paths, index-like keys ordered first.
const KEYS = ["id", "title", "a.b", "a\\b", "\\.", "..", "", "0", "1", "10", "01", "-1", "4294967295", "x y", "é"];
// 9999-12-31T23:59:59.999Z and beyond it, and before 1970: Date#toISOString writes those itself.
const TIMES = [0, 1, 1_772_000_000_123, 253_402_300_799_999, 253_402_300_800_000, -1, -62_198_755_200_000];

/** Plain data as the app's procedures return it: what the fast path writes. */
function plainValue(random: Generator, depth: number): unknown {
  const roll = random.int(0, depth > 3 ? 6 : 9);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return random.pick(["", "Milk", "a.b", "😀", "\\"]);
    case 3:
      return random.pick([0, 1, -7, 2.5, Number.MAX_SAFE_INTEGER]);
    case 4:
      return random.next() < 0.5;
    case 5:
    case 6:
      return new Date(random.next() < 0.3 ? random.pick(TIMES) : random.int(0, 4_102_444_800_000));
    case 7:
      return Array.from({ length: random.int(0, 4) }, () => plainValue(random, depth + 1));
    default: {
      const record: Record<string, unknown> = random.next() < 0.1 ? Object.create(null) : {};
      for (let i = random.int(0, 5); i > 0; i--) record[random.pick(KEYS)] = plainValue(random, depth + 1);
      return record;
    }
  }
}

/** A task as task.list returns it. */
function taskShape(random: Generator) {
  const date = () => new Date(random.int(1_600_000_000_000, 1_900_000_000_000));
  return {
    id: `t${random.int(0, 1e6)}`,
    projectId: random.next() < 0.5 ? null : "p1",
    title: "Pay rent",
    dueDate: random.next() < 0.5 ? null : "2026-03-01",
    recurrence: random.next() < 0.8 ? null : { rrule: "FREQ=DAILY", from: "due" },
    completed: false,
    completedAt: random.next() < 0.8 ? null : date(),
    labelIds: Array.from({ length: random.int(0, 3) }, (_, i) => `l${i}`),
    subtasks: { total: 2, done: 1 },
    createdAt: date(),
    updatedAt: date(),
  };
}

/** What only superjson itself writes: the fast path must hand these over whole. */
function exoticValue(random: Generator): unknown {
  const shared = { tag: "shared" };
  const sharedDate = new Date(0);
  const sparse = [1, 2, 3];
  delete sparse[1]; // a hole: superjson skips it, and JSON writes null
  const withExtra = Object.assign([new Date(1)], { extra: new Date(2) });
  return random.pick<() => unknown>([
    () => ({ value: Number.NaN }),
    () => ({ value: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] }),
    () => ({ value: -0 }),
    () => ({ big: 10n }),
    () => ({ set: new Set([1, new Date(5)]) }),
    () => ({ map: new Map([["a", new Date(5)]]) }),
    () => ({ pattern: /a.b/g }),
    () => ({ error: new Error("boom") }),
    () => ({ url: new URL("https://example.test/") }),
    () => ({ first: shared, second: shared }),
    () => [sharedDate, { at: sharedDate }],
    () => ({ list: sparse }),
    () => ({ list: withExtra }),
    () => ({ typed: new Uint8Array([1, 2]) }),
    () => ({ instance: new (class Point {})() }),
  ])();
}

/** Both must write the same text, which reads back to the same value. */
function expectSameAsSuperjson(value: unknown, seed: number) {
  const ours = JSON.stringify(serialize(value));
  const theirs = JSON.stringify(superjson.serialize(value));
  expect(ours, `seed ${seed}`).toBe(theirs);
  expect(transformer.deserialize(JSON.parse(ours)), `seed ${seed}`).toEqual(superjson.deserialize(JSON.parse(theirs)));
}

describe("serialize", () => {
  it("writes superjson's text for generated plain data: nested, undefined, null, Dates in arrays, dotted keys", () => {
    for (let seed = 1; seed <= 3_000; seed++) {
      const random = generator(seed);
      const value =
        random.next() < 0.5 ? [plainValue(random, 0), plainValue(random, 0)] : { root: plainValue(random, 0) };
      expectSameAsSuperjson(value, seed);
    }
  });

  it("writes superjson's text for pages of tasks", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = generator(seed);
      const page = { items: Array.from({ length: random.int(0, 60) }, () => taskShape(random)), nextCursor: null };
      expectSameAsSuperjson(page, seed);
      expect(transformer.deserialize(JSON.parse(JSON.stringify(serialize(page))))).toEqual(page);
    }
  });

  it("leaves to superjson what only it writes: NaN, -0, bigint, Map, Set, classes, shared and sparse values", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = generator(seed);
      expectSameAsSuperjson({ plain: plainValue(random, 0), odd: exoticValue(random) }, seed);
    }
  });

  it("writes bare values, a Date and undefined at the root as superjson does", () => {
    for (const value of [null, undefined, "x", 1, true, new Date(7), [], {}, [undefined], { a: undefined }]) {
      expectSameAsSuperjson(value, 0);
    }
  });

  it("refuses prototype keys as superjson does", () => {
    const value = JSON.parse('{"a":{"__proto__":{"x":1}}}');
    expect(() => serialize(value)).toThrow(/prototype pollution/);
    expect(() => superjson.serialize(value)).toThrow(/prototype pollution/);
  });

  it("does not change the value it writes", () => {
    const task = taskShape(generator(9));
    const before = structuredClone(task);
    serialize({ items: [task] });
    expect(task).toEqual(before);
    expect(task.createdAt).toBeInstanceOf(Date);
  });

  it("stringify and parse round-trip like superjson's", () => {
    const state = { version: 1, queries: [{ at: new Date(3), key: ["task", "list"], data: undefined }] };
    expect(stringify(state)).toBe(superjson.stringify(state));
    expect(parse(stringify(state))).toEqual(state);
  });
});

describe("isoString", () => {
  it("is Date#toISOString for every instant", () => {
    const random = generator(42);
    const times = [...TIMES, 8.64e15, -8.64e15, 951_782_400_000, 951_868_800_000, 4_107_542_400_000];
    for (let i = 0; i < 20_000; i++) times.push(random.int(0, 253_402_300_799_999));
    for (const time of times) expect(isoString(new Date(time))).toBe(new Date(time).toISOString());
  });

  it("throws on an invalid Date as toISOString does", () => {
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});
