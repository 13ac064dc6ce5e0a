import "server-only";
import { TRPCError } from "@trpc/server";
import { deserialize, serialize } from "@/lib/transformer";

// A call's input arrives as superjson's envelope, `{ json, meta? }`. superjson trusts `meta`: a
// `values` that is a string makes it recurse into one-character strings until the stack overflows
// (a 900 kB one cost 290 ms to 1.3 s of server time). So the envelope is checked here first, in one
// pass that stops at these limits, and anything superjson still refuses is answered in our words.

/** The deepest nesting of objects and arrays a call's input may have (ours need 4). */
export const MAX_INPUT_DEPTH = 16;
/**
 * The most values one call's input may hold: every value in `json` (objects, arrays and what they hold)
 * plus every annotation in `meta`. The largest input a client sends, a bulk change of 200 tasks, has 210.
 */
export const MAX_INPUT_VALUES = 1_000;

export const MALFORMED_REQUEST_MESSAGE = "Malformed request body.";

/** The types superjson's own rules restore; classes, symbols and custom types are never registered here. */
const VALUE_TYPES = new Set(["undefined", "bigint", "Date", "Error", "regexp", "set", "map", "number", "URL"]);
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(record: JsonRecord, allowed: readonly string[]): boolean {
  return Object.keys(record).every((key) => allowed.includes(key));
}

/** How many values parsed JSON holds, or null when it nests or holds too much; without recursion. */
function countValues(root: unknown): number | null {
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let count = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (++count > MAX_INPUT_VALUES) return null;
    if (typeof next.value !== "object" || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > MAX_INPUT_DEPTH) return null;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return count;
}

/** superjson's path syntax: segments split on dots; from version 1 on, `\.` and `\\` are escapes. */
function pathSegments(path: string, legacy: boolean): string[] | null {
  if (!path.includes("\\")) return path.split(".");
  const segments: string[] = [];
  let segment = "";
  for (let i = 0; i < path.length; i++) {
    const char = path.charAt(i);
    const following = path.charAt(i + 1);
    if (char === "\\" && following === ".") {
      segment += ".";
      i++;
    } else if (char === "\\" && !legacy) {
      if (following !== "\\") return null;
      segment += "\\";
      i++;
    } else if (char === ".") {
      segments.push(segment);
      segment = "";
    } else {
      segment += char;
    }
  }
  segments.push(segment);
  return segments;
}

/** What an annotation's path points at in the parsed JSON, or `missing` when it points nowhere. */
const missing = Symbol("missing");

function resolve(node: unknown, segments: readonly string[]): unknown {
  let current = node;
  for (const segment of segments) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return missing;
    if (Array.isArray(current)) {
      if (!ARRAY_INDEX.test(segment) || Number(segment) >= current.length) return missing;
      current = current[Number(segment)];
    } else if (isRecord(current) && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else {
      return missing;
    }
  }
  return current;
}

class EnvelopeReader {
  constructor(
    private readonly json: unknown,
    private readonly legacyPaths: boolean,
    /** Values counted so far: those of `json`, then each annotation. */
    private values: number,
  ) {}

  /** A node of `meta.values`: `[type]`, `[type, children]`, or children alone, mirroring `json`. */
  valueTree(tree: unknown, node: unknown, depth: number): boolean {
    if (Array.isArray(tree)) {
      if (tree.length < 1 || tree.length > 2 || !this.count()) return false;
      const [type, children] = tree;
      if (typeof type !== "string" || !VALUE_TYPES.has(type)) return false;
      return tree.length === 1 || this.children(children, node, depth);
    }
    return this.children(tree, node, depth);
  }

  /** `meta.referentialEqualities`: `{ path: [paths] }`, or `[[paths to the root], { path: [paths] }?]`. */
  equalities(tree: unknown): boolean {
    if (Array.isArray(tree)) {
      const [root, others] = tree;
      if (tree.length < 1 || tree.length > 2 || !this.paths(root)) return false;
      return tree.length === 1 || this.equalityRecord(others);
    }
    return this.equalityRecord(tree);
  }

  private equalityRecord(record: unknown): boolean {
    if (!isRecord(record)) return false;
    return Object.entries(record).every(([path, identical]) => this.paths([path]) && this.paths(identical));
  }

  private paths(list: unknown): boolean {
    if (!Array.isArray(list)) return false;
    return list.every((path) => typeof path === "string" && this.count() && this.target(this.json, path) !== missing);
  }

  private children(record: unknown, node: unknown, depth: number): boolean {
    if (!isRecord(record)) return false;
    for (const [path, tree] of Object.entries(record)) {
      if (!this.count()) return false;
      const segments = pathSegments(path, this.legacyPaths);
      if (!segments || depth + segments.length > MAX_INPUT_DEPTH) return false;
      const child = resolve(node, segments);
      if (child === missing || !this.valueTree(tree, child, depth + segments.length)) return false;
    }
    return true;
  }

  private target(node: unknown, path: string): unknown {
    const segments = pathSegments(path, this.legacyPaths);
    return segments && segments.length <= MAX_INPUT_DEPTH ? resolve(node, segments) : missing;
  }

  private count(): boolean {
    this.values++;
    return this.values <= MAX_INPUT_VALUES;
  }
}

/** Whether `payload` is an envelope superjson can read in bounded time, with `meta` mirroring `json`. */
export function isWellFormedEnvelope(payload: unknown): boolean {
  if (!isRecord(payload) || !hasOnlyKeys(payload, ["json", "meta"])) return false;
  const { json, meta } = payload;
  const values = countValues(json);
  if (values === null) return false;
  if (meta === undefined) return true;
  if (!isRecord(meta) || !hasOnlyKeys(meta, ["values", "referentialEqualities", "v"])) return false;
  const { values: annotations, referentialEqualities, v } = meta;
  const version = v ?? 0;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) return false;
  const reader = new EnvelopeReader(json, version < 1, values);
  if (annotations !== undefined && !reader.valueTree(annotations, json, 0)) return false;
  return referentialEqualities === undefined || reader.equalities(referentialEqualities);
}

function malformed(cause?: unknown): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message: MALFORMED_REQUEST_MESSAGE, cause });
}

/**
 * Reads one call's input. A TRPCError thrown here reaches the caller as it is (tRPC would otherwise
 * answer 400 with the thrown error's own message, e.g. "Cannot destructure property 'json'…").
 */
export function deserializeInput(payload: unknown): unknown {
  if (!isWellFormedEnvelope(payload)) throw malformed();
  try {
    return deserialize(payload as Parameters<typeof deserialize>[0]);
  } catch (error) {
    // A value its type cannot hold ("x" as a bigint, a bad URL or regular expression).
    throw malformed(error);
  }
}

/** tRPC's transformer: the app's one (src/lib/transformer.ts), with inputs checked before superjson reads them. */
export const transformer = {
  input: { serialize, deserialize: deserializeInput },
  output: { serialize, deserialize },
};
