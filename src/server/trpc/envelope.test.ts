import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { deserializeInput, isWellFormedEnvelope, MAX_INPUT_DEPTH, MAX_INPUT_VALUES } from "./envelope";

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function refusal(payload: unknown): TRPCError {
  try {
    deserializeInput(payload);
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("the envelope was accepted");
}

describe("deserializeInput", () => {
  it("reads what superjson writes: dates, undefined, sets, maps, bigints, shared references", () => {
    const shared = { tag: "x" };
    const input = {
      updatedAt: new Date("2026-03-01T10:00:00Z"),
      dueDate: undefined,
      ids: new Set(["a", "b"]),
      byId: new Map([["a", new Date(0)]]),
      big: 10n,
      "dotted.key": undefined,
      first: shared,
      second: shared,
    };
    expect(deserializeInput(JSON.parse(JSON.stringify(superjson.serialize(input))))).toEqual(input);
  });

  it("reads an envelope without meta, and one without json (no input)", () => {
    expect(deserializeInput({ json: { title: "Milk" } })).toEqual({ title: "Milk" });
    expect(deserializeInput({})).toBeUndefined();
  });

  it.each([
    [
      "a values that is a string (superjson recursed until the stack overflowed)",
      { json: { name: "x" }, meta: { values: "string" } },
    ],
    ["a values that is a number", { json: { name: "x" }, meta: { values: 7 } }],
    ["a leaf type that is not an array", { json: { at: "2026-01-01" }, meta: { values: { at: "Date" } } }],
    ["an unknown type", { json: { at: "x" }, meta: { values: { at: ["Temporal"] } } }],
    ["a class type this server never registered", { json: { at: "x" }, meta: { values: { at: [["class", "User"]] } } }],
    ["an annotation for a key json does not have", { json: { name: "x" }, meta: { values: { other: ["undefined"] } } }],
    ["an annotation below a string", { json: { name: "x" }, meta: { values: { "name.0": ["undefined"] } } }],
    ["an array index past the end", { json: { ids: [] }, meta: { values: { "ids.0": ["undefined"] } } }],
    ["a prototype path", { json: { a: {} }, meta: { values: { "a.__proto__": ["undefined"] } } }],
    ["an invalid escape", { json: { a: 1 }, meta: { values: { "a\\x": ["undefined"] }, v: 1 } }],
    ["a version that is not a number", { json: {}, meta: { v: "1" } }],
    ["meta that is null", { json: {}, meta: null }],
    ["unknown envelope keys", { json: {}, extra: 1 }],
    ["unknown meta keys", { json: {}, meta: { values: {}, more: 1 } }],
    ["referential equalities to nowhere", { json: { a: {} }, meta: { referentialEqualities: { a: ["b"] } } }],
    ["referential equalities that are not lists", { json: { a: {} }, meta: { referentialEqualities: { a: "a" } } }],
    ["an envelope that is null", null],
    ["an envelope that is a string", "json"],
    ["an envelope that is an array", [{ json: {} }]],
    ["a bigint that is not a number", { json: { n: "x" }, meta: { values: { n: ["bigint"] } } }],
    ["a URL that is not one", { json: { u: "not a url" }, meta: { values: { u: ["URL"] } } }],
  ])("refuses %s with our own message", (_case, payload) => {
    const error = refusal(payload);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Malformed request body.");
  });

  it(`accepts json nested ${MAX_INPUT_DEPTH} deep and refuses one level more`, () => {
    expect(isWellFormedEnvelope({ json: nested(MAX_INPUT_DEPTH) })).toBe(true);
    expect(isWellFormedEnvelope({ json: nested(MAX_INPUT_DEPTH + 1) })).toBe(false);
  });

  it("refuses json nested a hundred thousand deep (superjson's copy recursed into it)", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(refusal({ json: deep }).message).toBe("Malformed request body.");
  });

  it(`accepts an input of ${MAX_INPUT_VALUES} values and refuses one more, annotations included`, () => {
    const items = (count: number) => Array.from({ length: count }, () => 0);
    // The array itself is one value.
    expect(isWellFormedEnvelope({ json: items(MAX_INPUT_VALUES - 1) })).toBe(true);
    expect(isWellFormedEnvelope({ json: items(MAX_INPUT_VALUES) })).toBe(false);
    expect(isWellFormedEnvelope({ json: items(MAX_INPUT_VALUES - 1), meta: { values: { 0: ["undefined"] } } })).toBe(
      false,
    );
  });

  it("refuses 40,000 annotations, each for a key json has", () => {
    const json = Object.fromEntries(Array.from({ length: 40_000 }, (_, index) => [`k${index}`, null]));
    const values = Object.fromEntries(Object.keys(json).map((key) => [key, ["undefined"]]));
    expect(isWellFormedEnvelope({ json, meta: { values } })).toBe(false);
  });

  it("refuses a 900 kB string as values without walking it", () => {
    expect(refusal({ json: { name: "x" }, meta: { values: "s".repeat(900 * 1024) } }).message).toBe(
      "Malformed request body.",
    );
  });

  it("reads legacy paths (no version) where a backslash is an ordinary character", () => {
    expect(deserializeInput({ json: { "a\\b": null }, meta: { values: { "a\\b": ["undefined"] } } })).toEqual({
      "a\\b": undefined,
    });
  });
});
