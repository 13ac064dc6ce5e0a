import superjson, { type SuperJSONResult } from "superjson";

// tRPC's transformer, on both sides, and for every other copy of its data (the dehydrated query cache, the
// offline snapshot): superjson's wire format, `{ json, meta? }`, so every client, script and the README's
// API section read it as before, and superjson reads it back. Writing it is where the time goes on the
// server (issue #20): superjson's generic walk over a page of 50 tasks cost more than the rest of our code.
// Our data is plain objects, arrays, strings, finite numbers, booleans, null, undefined and Dates; that case
// is written here in one walk that copies only what holds a Date, and anything else (a Map, a bigint, NaN, a
// class, an object reached twice…) is handed whole to superjson. Either way the output is superjson's, byte
// for byte once stringified; reading is superjson's own (the server checks inputs first: envelope.ts).

type Annotation = ["Date"] | ["undefined"];
type Annotations = Record<string, Annotation>;

const DATE: Annotation = ["Date"];
const UNDEFINED: Annotation = ["undefined"];

/** Thrown inside the walk when a value needs superjson itself; never leaves this module. */
class NeedsSuperjson extends Error {}

/** superjson refuses these keys (prototype pollution); it is left to say so in its own words. */
const REFUSED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** A leaf's annotation; undefined for a value JSON writes as it is; "container" for a plain object or array. */
function kindOf(value: unknown): Annotation | "container" | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      // NaN, ±Infinity and -0 are annotated by superjson's own rule.
      if (Number.isFinite(value) && !Object.is(value, -0)) return undefined;
      throw new NeedsSuperjson();
    case "undefined":
      return UNDEFINED;
    case "object": {
      if (value === null) return undefined;
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype === Object.prototype || prototype === null) return "container";
      if (prototype === Array.prototype && Array.isArray(value)) return "container";
      // A valid Date: its JSON (toJSON) is the ISO string superjson writes. An invalid one throws in superjson.
      if (prototype === Date.prototype && !Number.isNaN((value as Date).getTime())) return DATE;
      throw new NeedsSuperjson();
    }
    default:
      throw new NeedsSuperjson();
  }
}

/** superjson's path escape: `\` and `.` in a key are written `\\` and `\.`. */
function escapeKey(key: string): string {
  return key.includes("\\") || key.includes(".") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;
}

/** A canonical array index ("0", "17"; not "01"), as superjson tests it to order annotations. */
function isArrayIndex(key: string): boolean {
  const length = key.length;
  if (length === 0 || length > 10) return false;
  for (let i = 0; i < length; i++) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  if (key.charCodeAt(0) === 48) return length === 1;
  return length < 10 || Number(key) < 4294967295;
}

/** A shallow copy of a plain container, for replacing some of its values. */
function copyOf(value: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(value) ? (value.slice() as unknown as Record<string, unknown>) : { ...value };
}

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00.000Z: from there on (and before 1970) Date#toISOString writes the year itself. */
const YEAR_10000_MS = 253_402_300_800_000;

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const pad3 = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);

/**
 * `date.toISOString()`, computed in arithmetic: V8's own formats through the C library and cost more than
 * the rest of a page's walk. Days to a civil date as in Howard Hinnant's `civil_from_days`.
 */
export function isoString(date: Date): string {
  const time = date.getTime();
  if (!(time >= 0 && time < YEAR_10000_MS)) return date.toISOString(); // NaN too: its RangeError
  const days = Math.floor(time / DAY_MS);
  let rest = time - days * DAY_MS;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(ms)}Z`;
}

class Walk {
  readonly annotations: Annotations = {};
  /** Every object met, Dates included: one met twice is a referential equality, which superjson records. */
  private readonly seen = new Set<object>();
  count = 0;

  visit(object: object): void {
    const size = this.seen.size;
    if (this.seen.add(object).size === size) throw new NeedsSuperjson();
  }

  /**
   * The container as JSON should have it: itself when nothing under it changes, else a copy with each Date
   * as its ISO string (JSON.stringify is twice as slow over Dates, whose toJSON it must call) and undefined
   * as null. Records the
   * annotations in superjson's order: first the annotated leaves whose key is an array index, then the rest
   * (other leaves, and what nested containers hold) in key order.
   */
  container(value: Record<string, unknown>, prefix: string): Record<string, unknown> {
    this.visit(value);
    let copy: Record<string, unknown> | undefined;
    const keys = Object.keys(value);
    const deferred: string[] = [];
    let index = 0;
    // Object.keys lists index keys first: their leaves are recorded as met, their containers after them.
    for (; index < keys.length; index++) {
      const key = keys[index] as string;
      if (!isArrayIndex(key)) break;
      const child = value[key];
      const kind = kindOf(child);
      if (kind === "container") {
        deferred.push(key);
      } else if (kind !== undefined) {
        this.annotations[prefix + key] = kind;
        const json = this.leaf(child, kind);
        if (json !== child) {
          copy ??= copyOf(value);
          copy[key] = json;
        }
      }
    }
    for (const key of deferred) {
      const child = value[key] as Record<string, unknown>;
      const json = this.container(child, `${prefix}${key}.`);
      if (json !== child) {
        copy ??= copyOf(value);
        copy[key] = json;
      }
    }
    for (; index < keys.length; index++) {
      const key = keys[index] as string;
      if (REFUSED_KEYS.has(key)) throw new NeedsSuperjson();
      const child = value[key];
      const kind = kindOf(child);
      if (kind === undefined) continue;
      const json =
        kind === "container"
          ? this.container(child as Record<string, unknown>, `${prefix}${escapeKey(key)}.`)
          : this.leaf(child, kind, prefix + escapeKey(key));
      if (json !== child) {
        copy ??= copyOf(value);
        copy[key] = json;
      }
    }
    return copy ?? value;
  }

  /** A Date's ISO string, or null for undefined (as superjson writes it); recorded at `path` when given. */
  private leaf(value: unknown, kind: Annotation, path?: string): string | null {
    this.count++;
    if (path !== undefined) this.annotations[path] = kind;
    if (kind === UNDEFINED) return null;
    this.visit(value as Date);
    return isoString(value as Date);
  }
}

/**
 * `superjson.serialize(value)`: the same result, found faster for plain data. Its `json` shares with `value`
 * every object under which nothing changed: stringify it or clone it, never mutate it.
 */
export function serialize(value: unknown): SuperJSONResult {
  try {
    if (kindOf(value) !== "container") return superjson.serialize(value);
    const walk = new Walk();
    const json = walk.container(value as Record<string, unknown>, "") as SuperJSONResult["json"];
    return walk.count === 0 ? { json } : { json, meta: { values: walk.annotations, v: 1 } };
  } catch (error) {
    if (error instanceof NeedsSuperjson) return superjson.serialize(value);
    throw error;
  }
}

export const deserialize = superjson.deserialize;

/** The one transformer: tRPC's links and server, and the query cache's dehydrate and hydrate. */
export const transformer = { serialize, deserialize };

export function stringify(value: unknown): string {
  return JSON.stringify(serialize(value));
}

export function parse<T>(text: string): T {
  return superjson.parse<T>(text);
}
