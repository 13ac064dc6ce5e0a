import type { $ZodType, $ZodTypes } from "zod/v4/core";
import type { Random } from "./random";

// Values for a procedure's input, generated from its zod schema: mostly valid, with the field kinds
// that have their own parsers (dates, repeat rules, page cursors) drawn from lists of good and bad ones.

type Json = unknown;

const RRULES = [
  "FREQ=DAILY",
  "FREQ=WEEKLY;BYDAY=MO,WE,FR",
  "FREQ=MONTHLY;BYMONTHDAY=31",
  "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
  // Refused ones: too frequent, unbounded, malformed, or with parts the app does not take.
  "FREQ=SECONDLY",
  "FREQ=MINUTELY;INTERVAL=1",
  "FREQ=DAILY;COUNT=999999999",
  "FREQ=DAILY;INTERVAL=0",
  "FREQ=DAILY;INTERVAL=-1",
  "FREQ=YEARLY;BYMONTH=13",
  "FREQ=MONTHLY;BYMONTHDAY=32;BYSETPOS=400",
  "FREQ=WEEKLY;BYDAY=XX",
  "FREQ=DAILY;UNTIL=99991231T235959Z",
  "DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY",
  "RRULE:FREQ=DAILY;;;;;",
  "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23",
  "FREQ=DAILY;".repeat(40),
  "",
];

const DATES = [
  "2026-03-31",
  "2026-12-01",
  "2024-02-29",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "+275760-09-13",
  "31/03/2026",
  "",
];

const TIMES = ["09:30", "00:00", "23:59", "24:00", "9:30", "12:60", "noon"];

const TIME_ZONES = ["Europe/Berlin", "America/New_York", "UTC", "Etc/GMT+14", "Mars/Olympus", "", "../../etc/passwd"];

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}

const CURSORS = [
  base64url(JSON.stringify({ sort: "manual", key: ["a0", "00000000-0000-4000-8000-000000000000"] })),
  base64url(JSON.stringify({ sort: "title", key: ["x", 1] })),
  base64url(JSON.stringify({ sort: "due", key: [1e308, -1e308, "x"] })),
  base64url(JSON.stringify({ sort: "manual", key: Array.from({ length: 5 }, () => "z".repeat(2_000)) })),
  base64url("not json"),
  base64url("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
  "%%%not-base64%%%",
  "A".repeat(8_192),
];

const ENDPOINTS = [
  "https://fcm.googleapis.com/fcm/send/abc",
  "https://updates.push.services.mozilla.com/wpush/v2/abc",
  "https://169.254.169.254/latest/meta-data",
  "https://localhost/push",
  "http://example.test/push",
  "javascript:alert(1)",
];

/** Inputs that have their own parsers get a value from a list: valid ones and the ones that must be refused. */
function hinted(key: string | undefined, random: Random): { value: Json } | null {
  switch (key) {
    case "rrule":
      return { value: random.pick(RRULES) };
    case "cursor":
      return { value: random.pick(CURSORS) };
    case "dueDate":
    case "dueFrom":
    case "dueTo":
      return { value: random.pick(DATES) };
    case "dueTime":
      return { value: random.pick(TIMES) };
    case "timeZone":
      return { value: random.pick(TIME_ZONES) };
    case "endpoint":
      return { value: random.pick(ENDPOINTS) };
    default:
      return null;
  }
}

function lengthWithin(random: Random, minimum = 0, maximum = 40): number {
  return random.int(minimum, Math.max(minimum, Math.min(maximum, minimum + 40)));
}

function stringFor(schema: Extract<$ZodTypes, { _zod: { def: { type: "string" } } }>, random: Random): string {
  const { format, minimum, maximum } = schema._zod.bag;
  switch (format) {
    case "uuid":
    case "guid":
      return random.uuid();
    case "date":
      return random.pick(DATES.slice(0, 3));
    case "datetime":
      return new Date(random.int(0, 4_000_000_000_000)).toISOString();
    case "email":
      return `${random.string(6, "abcdefgh")}@example.test`;
    case "url":
      return `https://example.test/${random.string(6, "abcdefgh")}`;
    default:
      return random.string(lengthWithin(random, minimum ?? 0, maximum ?? 40));
  }
}

/** A value `schema` should accept (give or take refinements): what the app's own forms would send. */
export function validish(schema: $ZodType, random: Random, key?: string, depth = 0): Json {
  const hint = hinted(key, random);
  if (hint && random.chance(0.8)) return hint.value;
  const typed = schema as $ZodTypes;
  const def = typed._zod.def;
  switch (def.type) {
    case "string":
      return stringFor(typed as Extract<$ZodTypes, { _zod: { def: { type: "string" } } }>, random);
    case "number": {
      const { minimum, maximum, format } = (typed as Extract<$ZodTypes, { _zod: { def: { type: "number" } } }>)._zod
        .bag;
      const low = Number.isFinite(minimum) ? Number(minimum) : -1_000;
      const high = Number.isFinite(maximum) ? Number(maximum) : 1_000;
      return format === "safeint" || random.chance(0.7) ? random.int(low, high) : low + random.next() * (high - low);
    }
    case "boolean":
      return random.chance(0.5);
    case "date":
      return new Date(random.int(1_600_000_000_000, 1_900_000_000_000));
    case "bigint":
      return BigInt(random.int(0, 1_000));
    case "null":
      return null;
    case "undefined":
    case "void":
      return undefined;
    case "literal":
      return random.pick(def.values);
    case "enum":
      return random.pick(Object.values(def.entries));
    case "optional":
      return random.chance(0.3) ? undefined : validish(def.innerType, random, key, depth);
    case "nullable":
      return random.chance(0.2) ? null : validish(def.innerType, random, key, depth);
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return validish(def.innerType, random, key, depth);
    case "pipe":
      return validish(def.in, random, key, depth);
    case "lazy":
      return depth > 4 ? null : validish(def.getter(), random, key, depth + 1);
    case "union":
      return validish(random.pick(def.options), random, key, depth);
    case "intersection": {
      const left = validish(def.left, random, key, depth);
      const right = validish(def.right, random, key, depth);
      return isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : left;
    }
    case "array": {
      const { minimum, maximum } = (typed as Extract<$ZodTypes, { _zod: { def: { type: "array" } } }>)._zod.bag;
      const length =
        depth > 4 ? 0 : random.int(Number(minimum ?? 0), Math.min(Number(maximum ?? 5), Number(minimum ?? 0) + 5));
      return Array.from({ length }, () => validish(def.element, random, key, depth + 1));
    }
    case "tuple":
      return def.items.map((item) => validish(item, random, key, depth + 1));
    case "record":
      return depth > 4 ? {} : { [random.string(5, "abcdef")]: validish(def.valueType, random, undefined, depth + 1) };
    case "object": {
      const value: Record<string, Json> = {};
      for (const [name, field] of Object.entries(def.shape)) {
        const optional = field._zod.optin === "optional";
        if (optional && random.chance(0.4)) continue;
        value[name] = validish(field, random, name, depth + 1);
      }
      return value;
    }
    default:
      // any, unknown, custom, transform, …: a small JSON value.
      return random.pick([null, 0, "x", true, [], {}]);
  }
}

export function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** What may replace a valid value: each a type or a size the schema must refuse cheaply. */
function hostileValue(random: Random): Json {
  return random.pick<() => Json>([
    () => null,
    () => random.int(-(2 ** 53), 2 ** 53),
    () => 1e308,
    () => -0,
    () => true,
    () => "",
    () => random.string(random.int(1, 300)),
    () => "x".repeat(200 * 1024),
    () => "x".repeat(900 * 1024),
    () => "x".repeat(2 * 1024 * 1024),
    () => [],
    () => Array.from({ length: 10_000 }, (_, index) => index),
    () => ({}),
    () => Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`k${index}`, index])),
    () => new Date(Number.NaN),
    () => new Date(8.64e15 + 1),
    () => undefined,
    () => random.uuid(),
    () => "00000000-0000-0000-0000-000000000000",
    () => "' OR 1=1 --",
    () => "\u0000\uffff\ud800",
  ])();
}

/** Paths to every value inside `value` (not into Dates), the root included. */
function paths(value: Json, prefix: string[] = [], depth = 0): string[][] {
  const found = [prefix];
  if (depth > 6) return found;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) found.push(...paths(item, [...prefix, String(index)], depth + 1));
  } else if (isPlainObject(value)) {
    for (const [name, item] of Object.entries(value)) found.push(...paths(item, [...prefix, name], depth + 1));
  }
  return found;
}

function replaceAt(value: Json, path: readonly string[], replacement: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item, index) => (String(index) === head ? replaceAt(item, rest, replacement) : item));
  if (isPlainObject(value)) return { ...value, [head]: replaceAt(value[head], rest, replacement) };
  return value;
}

/** One change to a valid input: a value of the wrong type or size, an unknown key, or a missing one. */
export function mutate(value: Json, random: Random): Json {
  const targets = paths(value);
  const path = random.pick(targets);
  const kind = random.int(0, 9);
  if (kind === 0 && isPlainObject(value))
    return { ...value, [random.pick(["extra", "userId", "id", ""])]: hostileValue(random) };
  if (kind === 1 && isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length > 0) {
      const { [random.pick(keys)]: _dropped, ...rest } = value;
      return rest;
    }
  }
  return replaceAt(value, path, hostileValue(random));
}
